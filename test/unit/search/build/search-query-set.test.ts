import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedRank, firstShown, formatRankingSummary, meetsExpectation, parseQuerySet, shownList, summarizeRanks } from '../../../../src/lib/search/build/query-set.ts';
import { parseQuery, rankPages, type PageResult } from '../../../../src/lib/search/browser/section-rank.ts';

test('the query set file parses, and a bad entry is named with what it needs', () => {
  const file = join(import.meta.dirname, '../../../search-queries.json');
  assert.ok(parseQuerySet(readFileSync(file, 'utf8'), file).length >= 40, 'forty or more queries a beginner types');
  assert.throws(
    () => parseQuerySet('{"queries":[{"query":"ok","expect":[["P",null]]},{"query":"","expect":[]},{"expect":[["P"]]}]}', 'q.json'),
    (err: Error) => err.message === 'q.json: queries[1] needs "query" (text) and "expect" (a list of [page title, section heading or null])\nq.json: queries[2] needs "query" (text) and "expect" (a list of [page title, section heading or null])',
  );
  assert.throws(() => parseQuerySet('{}', 'q.json'), /q\.json: expected an object with a "queries" array/);
});

test('the first shown is the first page and the section its link leads to', () => {
  const { query, pages } = JSON.parse(readFileSync(join(import.meta.dirname, '../../../fixtures/search-results/port-4000.json'), 'utf8')) as { query: string; pages: PageResult[] };
  const shown = firstShown(rankPages(pages, parseQuery(query)));
  assert.deepEqual(shown, { page: 'Containers', section: 'Run the app', href: '/get-started/containers/#run-the-app' });
  assert.ok(meetsExpectation(shown, [['Containers', 'Run the app']]));
  assert.ok(!meetsExpectation(shown, [['Containers', null], ['Swarms', 'Run the app']]));
  assert.equal(firstShown([]), null);
  assert.ok(!meetsExpectation(null, [['Containers', 'Run the app']]));
});

test('the rank of the expected section counts what the list shows: each page, then the sections under it', () => {
  const { query, pages } = JSON.parse(readFileSync(join(import.meta.dirname, '../../../fixtures/search-results/docker-build.json'), 'utf8')) as { query: string; pages: PageResult[] };
  const shown = shownList(rankPages(pages, parseQuery(query)), 3);
  assert.deepEqual(shown[0], { page: 'Containers', section: 'Build the app' });
  assert.ok(shown.length > pages.length, 'sections are listed under their page');
  assert.equal(expectedRank(shown, [['Containers', 'Build the app']]), 1);
  const swarms = shown.findIndex((s) => s.page === 'Swarms');
  assert.equal(expectedRank(shown, [['Nowhere', null], [shown[swarms]!.page, shown[swarms]!.section]]), swarms + 1);
  assert.equal(expectedRank(shown, [['Nowhere', null]]), null);
});

test('the summary counts queries first and in the top 3, and the mean reciprocal rank (0 for a miss)', () => {
  const summary = summarizeRanks([1, 1, 2, 4, null]);
  assert.deepEqual(summary, { queries: 5, first: 2, top3: 3, mrr: (1 + 1 + 0.5 + 0.25) / 5 });
  assert.equal(formatRankingSummary(summary), 'ranking: 2/5 first, 3/5 in the top 3, mean reciprocal rank 0.55');
  assert.deepEqual(summarizeRanks([]), { queries: 0, first: 0, top3: 0, mrr: 0 });
});
