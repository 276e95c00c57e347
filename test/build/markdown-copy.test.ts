import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedBuild, htmlFiles, ROOT, type BuildResult } from '../helpers/build-site.ts';
import { checkDist } from '../../scripts/check-dist.ts';
import { readRouteTable } from '../../src/pipeline/route-table-file.ts';

const FIXTURE = 'test/fixtures/site-markdown';
const EXPECTED = join(ROOT, 'test/expected/site-markdown');
let built: BuildResult;

before(() => {
  built = sharedBuild(FIXTURE, { BASE: '/docs/', SITE: 'https://example.com' });
  assert.equal(built.status, 0, built.output);
});

const read = (rel: string) => readFileSync(join(built.outDir, rel), 'utf8');

test('the Markdown copy of a page is exactly the expected file', () => {
  assert.equal(read('tour/build/index.md'), readFileSync(join(EXPECTED, 'tour-build.md'), 'utf8'));
});

test('llms.txt is exactly the expected file: the site, then each section in reading order', () => {
  assert.equal(read('llms.txt'), readFileSync(join(EXPECTED, 'llms.txt'), 'utf8'));
});

test('llms-full.txt holds every copy in reading order, the series parts by number', () => {
  const order = ['index.md', 'extras/index.md', 'extras/notes/index.md', 'tour/index.md', 'tour/build/index.md', 'tour/run/index.md'];
  assert.equal(read('llms-full.txt'), order.map(read).join('\n'));
});

test('every page links its copy as an alternate and from "View as Markdown"; the 404 and offline pages have none', () => {
  const pages = htmlFiles(built.outDir).filter((f) => f !== '404.html' && f !== 'offline/index.html');
  assert.equal(pages.length, 6);
  for (const file of pages) {
    const html = read(file);
    const copy = `/docs/${file.replace(/index\.html$/, '')}index.md`;
    assert.ok(html.includes(`<link rel="alternate" type="text/markdown" href="${copy}">`), `${file} has no alternate link to ${copy}`);
    assert.match(html, new RegExp(`<a class="page-markdown" href="${copy}" type="text/markdown">View as Markdown</a>`), file);
    assert.match(html, new RegExp(`<button type="button" class="page-copy" data-copy-page="${copy}" hidden>Copy page</button>`), file);
    assert.ok(existsSync(join(built.outDir, copy.slice('/docs/'.length))), `${copy} was not written`);
  }
  assert.doesNotMatch(read('404.html'), /text\/markdown|Copy page/);
  assert.doesNotMatch(read('offline/index.html'), /text\/markdown|Copy page/);
});

test('the copies stay out of the sitemap and out of the search index', () => {
  const sitemap = read('sitemap-0.xml');
  assert.match(sitemap, /<loc>https:\/\/example\.com\/docs\/tour\/build\/<\/loc>/);
  assert.doesNotMatch(sitemap, /\.md<|llms/);
  // The buttons sit in chrome that search leaves out.
  assert.match(read('tour/build/index.html'), /<div class="page-actions" data-pagefind-ignore>/);
});

test('the dist crawl follows every link in the copies and llms.txt, and all resolve', () => {
  const { problems, checked } = checkDist(built.outDir, readRouteTable(built.cacheDir, built.outDir));
  assert.deepEqual(problems, []);
  // tour/build's copy alone has seven links to the site; the crawl must have followed them.
  assert.ok(checked > 100, `only ${checked} references followed`);
});
