import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { ROOT, buildSite, builtFiles, htmlFiles, outDirFor, readPage } from '../helpers/build-site.ts';

// One content folder built three times with the same cache, as a deploy does from run to run.
const NAME = 'incremental';
const content = outDirFor('incremental-content');
// The cache folder buildSite gives this build.
const cacheDir = join(outDirFor(NAME), '../.cache', NAME);
rmSync(content, { recursive: true, force: true });
rmSync(cacheDir, { recursive: true, force: true });
cpSync(join(ROOT, 'test/fixtures/site-nav'), content, { recursive: true });

// Astro keeps a copy of each page it may reuse here; a reused page is copied from it, not rendered.
const cachedPages = join(cacheDir, 'dist');
const MARK = '<!-- copied from the incremental cache -->';

const first = buildSite(NAME, content);
// The content and section pages; the 404 and offline pages show no content and are always rendered.
const pages = htmlFiles(first.outDir).filter((f) => f !== '404.html' && f !== 'offline/index.html');
const before = new Map(pages.map((f) => [f, readPage(first.outDir, f)]));
// Mark every cached copy, so that the next build's output shows which pages were reused.
for (const f of htmlFiles(cachedPages)) appendFileSync(join(cachedPages, f), MARK);
// The content loader keeps each page's HTML in a file, not in the data store the bundler reads.
const htmlDir = join(cacheDir, 'page-html');
const storeAfterFirst = readFileSync(join(cacheDir, 'data-store.json'), 'utf8');
const htmlFilesAfterFirst = readdirSync(htmlDir).sort();
// Lost files (a cache restored in part) make the loader render those pages again.
rmSync(htmlDir, { recursive: true, force: true });
const middle = join(content, 'tour/middle.mdx');
writeFileSync(middle, readFileSync(middle, 'utf8').replace('title: Tour Middle', 'title: Tour Centre'));
const second = buildSite(NAME, content);
const afterSecond = new Map(pages.map((f) => [f, existsSync(join(second.outDir, f)) ? readPage(second.outDir, f) : '']));
// The same content built from nothing, to hold the cached build's other outputs against.
const FRESH = 'incremental-fresh';
rmSync(join(outDirFor(FRESH), '../.cache', FRESH), { recursive: true, force: true });
const fresh = buildSite(FRESH, content);

test('the first build renders every page and keeps a copy of each for the next build', () => {
  assert.equal(first.status, 0, first.output);
  assert.ok(pages.length >= 9, pages.join(', '));
  for (const f of pages) assert.ok(existsSync(join(cachedPages, f)), `${f} is in the incremental cache`);
});

test("the data store holds each page's metadata, not its HTML, which waits in one file per page", () => {
  const contentPages = readdirSync(content, { recursive: true }).filter((f) => String(f).endsWith('.mdx'));
  assert.equal(htmlFilesAfterFirst.length, contentPages.length, htmlFilesAfterFirst.join(', '));
  assert.match(readPage(first.outDir, 'tour/middle/index.html'), /<h2 id="[^"]+">/);
  assert.doesNotMatch(storeAfterFirst, /<h2 id=/);
  assert.match(storeAfterFirst, /tour\/middle/);
});

test('pages whose HTML file was lost are rendered again, and the files are back after the build', () => {
  assert.equal(second.status, 0, second.output);
  assert.equal(readdirSync(htmlDir).length, htmlFilesAfterFirst.length);
});

test('a title change reaches every page that shows the title, and the other pages are reused', () => {
  assert.equal(second.status, 0, second.output);
  const showing = pages.filter((f) => before.get(f)?.includes('Tour Middle'));
  // The page itself, the series index and the other parts (side navigation, next/previous), the root's listing.
  for (const f of ['tour/middle/index.html', 'tour/index.html', 'tour/start/index.html', 'tour/finish/index.html']) assert.ok(showing.includes(f), `${f} shows the title`);
  for (const f of pages) {
    const html = readPage(second.outDir, f);
    if (showing.includes(f)) {
      assert.ok(!html.includes('Tour Middle'), `${f} no longer shows the old title`);
      assert.ok(html.includes('Tour Centre'), `${f} shows the new title`);
      assert.ok(!html.includes(MARK), `${f} was rendered again`);
    } else {
      assert.ok(html.includes(MARK), `${f} (untouched) was reused`);
      assert.equal(html, `${before.get(f)}${MARK}`, `${f} is the previous build's page`);
    }
  }
  assert.ok(pages.some((f) => !showing.includes(f)), 'some pages do not show the title');
});

test('a rebuild swaps whole sites: the replaced one waits beside dist/ for the next build to delete, and no staging folder is left', () => {
  assert.equal(second.status, 0, second.output);
  assert.match(readPage(`${second.outDir}.old`, 'tour/middle/index.html'), /Tour Middle/);
  assert.match(readPage(second.outDir, 'tour/middle/index.html'), /Tour Centre/);
  assert.equal(existsSync(`${second.outDir}.staging`), false);
});

test('the Markdown copies and llms.txt of a cached build show the new title wherever the old one was', () => {
  const copies = pages.map((f) => f.replace(/index\.html$/, 'index.md'));
  for (const f of [...copies, 'llms.txt', 'llms-full.txt']) {
    const text = readFileSync(join(second.outDir, f), 'utf8');
    assert.ok(!text.includes('Tour Middle'), `${f} no longer shows the old title`);
  }
  assert.match(readFileSync(join(second.outDir, 'tour/middle/index.md'), 'utf8'), /^# Tour Centre\n/);
  assert.match(readFileSync(join(second.outDir, 'tour/index.md'), 'utf8'), /Tour Centre/);
  assert.match(readFileSync(join(second.outDir, 'llms.txt'), 'utf8'), /Tour Centre/);
});

/**
 * Each URL's revision in sw.js or the offline manifest, pages left out (the test marked the reused
 * ones), and so the manifest too, which lists the pages' revisions.
 */
const revisions = (pairs: [string, string][]) => pairs.filter(([url]) => !url.endsWith('/') && !url.endsWith('.html') && url !== '/offline-manifest.json').sort();

test('what the cached build took from its caches equals a build from nothing: copies, llms, vocabulary, offline lists', () => {
  assert.equal(fresh.status, 0, fresh.output);
  const texts = builtFiles(fresh.outDir).filter((f) => f.endsWith('.md') || /^llms(-full)?\.txt$/.test(f) || f === 'pagefind/search-vocabulary.json');
  assert.ok(texts.length > pages.length, texts.join(', '));
  for (const f of texts) assert.equal(readFileSync(join(second.outDir, f), 'utf8'), readFileSync(join(fresh.outDir, f), 'utf8'), f);
  const manifest = (dir: string) => (JSON.parse(readFileSync(join(dir, 'offline-manifest.json'), 'utf8')) as { files: [string, string, number][] }).files.map(([url, rev, bytes]): [string, string] => [url, `${rev} ${bytes}`]);
  assert.deepEqual(revisions(manifest(second.outDir)), revisions(manifest(fresh.outDir)));
  // The search bundle too, file for file. The test marked every reused page, so no content page
  // is byte for byte the first build's; only the 404 and offline pages, which are not indexed.
  assert.doesNotMatch(second.output, /fragments kept/);
  const bundle = (dir: string) => builtFiles(dir).filter((f) => f.startsWith('pagefind/')).map((f) => `${f} ${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}`).sort();
  assert.deepEqual(bundle(second.outDir), bundle(fresh.outDir));
  const precache = (dir: string) => [...readFileSync(join(dir, 'sw.js'), 'utf8').matchAll(/\{"revision":"([^"]+)","url":"([^"]+)"\}/g)].map((m): [string, string] => [m[2]!, m[1]!]);
  assert.ok(precache(fresh.outDir).length > 3, 'sw.js lists its precache');
  assert.deepEqual(revisions(precache(second.outDir)), revisions(precache(fresh.outDir)));
});

test('a cached build still runs the content check, and a failed build leaves the previous site in place', () => {
  // Astro starts while the content is checked; it must be stopped before it writes a page.
  const reuseList = join(cacheDir, 'incremental-build.json');
  const reuseBefore = readFileSync(reuseList, 'utf8');
  writeFileSync(join(content, 'extras/notes.mdx'), readFileSync(join(content, 'extras/notes.mdx'), 'utf8').replace('Notes.', 'See [a missing page](./missing.mdx).'));
  const third = buildSite(NAME, content);
  assert.equal(third.status, 1, third.output);
  assert.match(third.output, /notes\.mdx:\d+/);
  assert.match(third.output, /missing\.mdx/);
  for (const f of pages) assert.equal(readPage(third.outDir, f), afterSecond.get(f), `${f} is still the last good build's`);
  assert.equal(existsSync(`${third.outDir}.staging`), false, 'no staging folder is left');
  assert.equal(readFileSync(reuseList, 'utf8'), reuseBefore, "Astro's list of pages to reuse is the last good build's");
  assert.deepEqual(readdirSync(join(cacheDir, 'page-html')).filter((f) => !f.endsWith('.html')), [], 'no page HTML half written');
});
