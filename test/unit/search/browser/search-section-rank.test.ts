import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  normalizeWord,
  pageWords,
  parseQuery,
  rankPage,
  rankPages,
  scoreSection,
  shownSections,
  wordMatchesTerm,
  type PageResult,
} from '../../../../src/lib/search/browser/section-rank.ts';

/** Results captured from the real Pagefind 1.6 index of content/ (result.data(), trimmed). */
function captured(name: string): { query: string; pages: PageResult[] } {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../../fixtures/search-results', `${name}.json`), 'utf8'));
}

test('queries split into normalised terms; a fully quoted query is a phrase', () => {
  assert.deepEqual(parseQuery('  Port 4000 '), { terms: ['port', '4000'], phrase: false });
  assert.deepEqual(parseQuery('"Run the app"'), { terms: ['run', 'the', 'app'], phrase: true });
  assert.deepEqual(parseQuery('docker "stack" rm'), { terms: ['docker', 'stack', 'rm'], phrase: false });
  assert.equal(normalizeWord('“copy'), 'copy');
  assert.equal(normalizeWord('port:'), 'port');
  assert.equal(normalizeWord('docker-compose.yml,'), 'docker-compose.yml');
});

test('a matched word is attributed to the term it matches, stems and parts included', () => {
  assert.ok(wordMatchesTerm('4000:80', '4000'));
  assert.ok(wordMatchesTerm('port=80)', 'port'));
  assert.ok(wordMatchesTerm('containers', 'container'));
  assert.ok(wordMatchesTerm('container', 'containers'));
  assert.ok(wordMatchesTerm('docker-compose.yml', 'compose'));
  assert.ok(wordMatchesTerm('\"docker', 'docker'));
  assert.ok(!wordMatchesTerm('port', '4000'));
  assert.ok(!wordMatchesTerm('app', 'push'));
});

test('locations count the words Pagefind counts: each anchor sits on its heading', () => {
  const { pages } = captured('port-4000');
  const page = pages[0]!;
  const words = pageWords(page);
  for (const s of page.sub_results ?? []) {
    if (!s.anchor) continue;
    assert.equal(normalizeWord(words[s.anchor.location]!), normalizeWord(s.anchor.text.split(/\s+/)[0]!), `${s.anchor.id} starts at its location`);
  }
});

test('“port 4000”: the section with both terms wins over the three at the top of the page', () => {
  const { query, pages } = captured('port-4000');
  const ranked = rankPage(pages[0]!, parseQuery(query));
  // Pagefind lists sections in page order: the first three never mention port 4000.
  assert.deepEqual(pages[0]!.sub_results!.slice(0, 3).map((s) => s.title), ['Your new development environment', 'Define a container with a Dockerfile', 'Dockerfile']);
  assert.equal(ranked.sections[0]!.section.title, 'Run the app');
  assert.equal(ranked.href, '/get-started/containers/#run-the-app');
  assert.equal(ranked.target?.section.title, 'Run the app');
  const top = ranked.sections.filter((s) => s.score.terms === 2).map((s) => s.section.title);
  assert.ok(top.includes('Recap and cheat sheet') && top.indexOf('Run the app') === 0, top.join(', '));
  // A section with one of the terms never ranks above one with both.
  const firstPartial = ranked.sections.findIndex((s) => s.score.terms < 2);
  assert.ok(ranked.sections.slice(firstPartial).every((s) => s.score.terms < 2));
});

test('“docker push”: the section that runs the command beats the cheat sheet that lists it', () => {
  const { query, pages } = captured('docker-push');
  assert.equal(pages[0]!.url, '/get-started/services/', 'Pagefind ranks a page without the phrase first');
  const ranked = rankPages(pages, parseQuery(query))[0]!;
  assert.equal(ranked.page.url, '/get-started/containers/');
  const [first, second] = ranked.sections;
  assert.equal(first!.section.title, 'Publish the image');
  assert.equal(first!.score.command, true);
  assert.equal(second!.section.title, 'Recap and cheat sheet');
  assert.equal(second!.score.command, false);
  assert.ok(second!.score.weight > first!.score.weight, 'the cheat sheet has the larger weight, the prompt decides');
});

test('“docker login”: the page that runs it comes before the page Pagefind put first', () => {
  const { query, pages } = captured('docker-login');
  assert.equal(pages[0]!.url, '/get-started/swarms/', 'Pagefind ranks the passing mention first');
  const ranked = rankPages(pages, parseQuery(query));
  assert.deepEqual(ranked.map((r) => r.page.url), ['/get-started/containers/', '/get-started/swarms/']);
  assert.equal(ranked[0]!.target?.section.title, 'Log in with your Docker ID');
});

test('“virtual machines”: the heading that is all query beats the heading that contains it', () => {
  const { query, pages } = captured('virtual-machines');
  const ranked = rankPage(pages[0]!, parseQuery(query));
  const [first, second] = ranked.sections;
  assert.equal(first!.section.title, 'Virtual machines');
  assert.equal(first!.score.headingShare, 1);
  assert.equal(second!.section.title, 'Containers and virtual machines');
  assert.equal(second!.score.headingShare, 0.5);
});

test('the listed sections leave out the one the page result already leads to', () => {
  const { query, pages } = captured('port-4000');
  const ranked = rankPage(pages[0]!, parseQuery(query));
  const shown = shownSections(ranked, 3).map((s) => s.title);
  assert.equal(shown.length, 3);
  assert.ok(!shown.includes('Run the app'));
  assert.equal(shown[0], ranked.sections[1]!.section.title);
});

const tiny = (raw: string, subs: PageResult['sub_results']): PageResult => ({ url: '/p/', excerpt: '', meta: { title: 'Page' }, raw_content: raw, content: raw, sub_results: subs });
const loc = (location: number, balanced_score = 1) => ({ weight: 1, balanced_score, location });

test('a match at the top of the page keeps the page link on the page itself', () => {
  const page = tiny('Page. Swarm intro here. Other. more', [
    { title: 'Page', url: '/p/', excerpt: '', weighted_locations: [loc(1)], locations: [1] },
    { title: 'Other', url: '/p/#other', excerpt: '', anchor: { element: 'h2', id: 'other', text: 'Other', location: 4 }, weighted_locations: [], locations: [] },
  ]);
  const ranked = rankPage(page, parseQuery('swarm'));
  assert.equal(ranked.href, '/p/');
  assert.equal(ranked.target, undefined);
});

test('words side by side in order beat the same words apart; a heading match beats the body', () => {
  const raw = 'Page. A. stack rm here rm stack B. docker stack rm Stack notes rm';
  const words = raw.split(' ');
  const a = { title: 'A', url: '/p/#a', excerpt: '', anchor: { element: 'h2', id: 'a', text: 'A.', location: 1 }, weighted_locations: [loc(2, 5), loc(3, 5), loc(5, 5), loc(6, 5)], locations: [2, 3, 5, 6] };
  const b = { title: 'B', url: '/p/#b', excerpt: '', anchor: { element: 'h2', id: 'b', text: 'B.', location: 7 }, weighted_locations: [loc(9), loc(10)], locations: [9, 10] };
  const c = { title: 'Stack notes', url: '/p/#c', excerpt: '', anchor: { element: 'h2', id: 'c', text: 'Stack notes', location: 11 }, weighted_locations: [loc(11), loc(13)], locations: [11, 13] };
  const q = parseQuery('stack rm');
  assert.equal(scoreSection(a, words, q, 0, 'Page').phrase, true);
  assert.equal(scoreSection(c, words, q, 2, 'Page').phrase, false);
  assert.equal(scoreSection(c, words, q, 2, 'Page').headingTerms, 1);
  // Both A and B have the phrase; A's words weigh more. Stack notes has the terms apart.
  const ranked = rankPage(tiny(raw, [a, b, c]), q);
  assert.deepEqual(ranked.sections.map((s) => s.section.title), ['A', 'B', 'Stack notes']);
  // Without the phrase anywhere, the heading match wins over heavier body matches.
  const body = { ...a, weighted_locations: [loc(3, 50), loc(6, 50)], locations: [3, 6] };
  const heading = { ...c, weighted_locations: [loc(11), loc(13)], locations: [11, 13] };
  assert.deepEqual(rankPage(tiny(raw, [body, heading]), q).sections.map((s) => s.section.title), ['Stack notes', 'A']);
});
