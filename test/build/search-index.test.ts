import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { lazySharedBuild, htmlFiles, readPage } from '../helpers/build-site.ts';
import { indexSite } from '../../src/pipeline/search-index.ts';
import { readRouteTable } from '../../src/pipeline/route-table-file.ts';

const site = lazySharedBuild('test/fixtures/site-search');
/** The table the build kept; a copy of the site has the same routes. */
const routes = () => readRouteTable(site.cacheDir, site.outDir);

/** A fresh copy of the built site without its search bundle, to tamper with. */
function copyOfSite(name: string): string {
  const dir = join(site.outDir, '..', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(site.outDir, dir, { recursive: true });
  rmSync(join(dir, 'pagefind'), { recursive: true });
  return dir;
}

test('the build indexes every content page and reports the count', () => {
  assert.equal(site.status, 0, site.output);
  assert.match(site.output, /search: 4 pages indexed \(4 content, 0 generated\)/);
  assert.match(site.output, /pagefind \d+\.\d+s/, 'the phase time is recorded');
  const bundle = readdirSync(join(site.outDir, 'pagefind'));
  assert.ok(bundle.includes('pagefind.js') && bundle.includes('pagefind-entry.json'));
  assert.deepEqual(bundle.filter((f) => /ui|highlight/.test(f)), [], "Pagefind's own UIs are not shipped");
});

test('only the article is indexed, with title, part and section', () => {
  const html = readPage(site.outDir, 'guide/clusters/index.html');
  assert.match(html, /<article class="article" data-pagefind-body data-pagefind-meta="title:Clusters" data-pagefind-filter="section:Guide">/);
  assert.match(html, /<span hidden data-pagefind-meta="part:2" data-pagefind-filter="part:2"><\/span>/);
  assert.match(html, /<h2 id="join-the-swarm">/);
  assert.match(html, /class="search" data-search data-pagefind-ignore/);
  assert.doesNotMatch(readPage(site.outDir, '404.html'), /data-pagefind-body/);
});

test('a stray data-pagefind-body (the layout lost it, one page kept it) fails indexing and writes nothing', async () => {
  const dir = copyOfSite('search-index-stray');
  for (const page of htmlFiles(dir)) {
    if (page === 'guide/images/index.html') continue;
    writeFileSync(join(dir, page), readPage(dir, page).replaceAll(' data-pagefind-body', ''));
  }
  const outcome = await indexSite(dir, routes());
  assert.equal(outcome.indexed, 1, 'Pagefind itself drops the unmarked pages');
  assert.deepEqual(outcome.errors, [
    'index.html: the content page has no data-pagefind-body, so search leaves it out.',
    'guide/index.html: the content page has no data-pagefind-body, so search leaves it out.',
    'guide/clusters/index.html: the content page has no data-pagefind-body, so search leaves it out.',
  ]);
  assert.ok(!existsSync(join(dir, 'pagefind')), 'no bundle is written');
});

test('with no data-pagefind-body anywhere, Pagefind indexes every page and the count differs', async () => {
  const dir = copyOfSite('search-index-none');
  for (const page of htmlFiles(dir)) writeFileSync(join(dir, page), readPage(dir, page).replaceAll(' data-pagefind-body', ''));
  const outcome = await indexSite(dir, routes());
  // Four content pages, the 404 and the offline page.
  assert.equal(outcome.indexed, 6);
  assert.match(outcome.errors.join('\n'), /Pagefind indexed 6 pages, but 0 built pages carry data-pagefind-body/);
});

test('a generated section page is counted; one with an article but no body fails', async () => {
  const dir = copyOfSite('search-index-generated');
  const section = readPage(dir, 'guide/index.html').replace('<title>Guide', '<title>Reference');
  mkdirSync(join(dir, 'reference'));
  writeFileSync(join(dir, 'reference/index.html'), section);
  const good = await indexSite(dir, routes());
  assert.deepEqual(good.errors, []);
  assert.deepEqual([good.indexed, good.contentPages, good.generatedPages], [5, 4, 1]);

  rmSync(join(dir, 'pagefind'), { recursive: true });
  writeFileSync(join(dir, 'reference/index.html'), section.replaceAll(' data-pagefind-body', ''));
  const bad = await indexSite(dir, routes());
  assert.deepEqual(bad.errors, ['reference/index.html: the page has an article but no data-pagefind-body, so search leaves it out.']);
});

/** Every file of a Pagefind bundle with its bytes' digest. */
function bundleFiles(dir: string): Map<string, string> {
  const files = readdirSync(join(dir, 'pagefind'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => {
    const path = join(e.parentPath, e.name);
    return [relative(join(dir, 'pagefind'), path).split(sep).join('/'), createHash('sha256').update(readFileSync(path)).digest('hex')];
  }));
}

test("a rebuild keeps the previous bundle's fragments of unchanged pages, and the bundle equals one written from nothing", async () => {
  const dir = copyOfSite('search-index-reuse');
  const first = await indexSite(dir, routes());
  assert.deepEqual(first.errors, []);
  const previous = join(dir, '..', 'search-index-reuse-previous');
  rmSync(previous, { recursive: true, force: true });
  cpSync(join(dir, 'pagefind'), previous, { recursive: true });
  const before = bundleFiles(dir);
  const fragments = [...before].filter(([path]) => path.startsWith('fragment/'));
  assert.equal(fragments.length, 4);

  // One page changes; every fragment of the previous bundle is offered, one of an unchanged page
  // with the wrong digest.
  const page = 'guide/clusters/index.html';
  const urlOf = (path: string) => /"url":"([^"]+)"/.exec(gunzipSync(readFileSync(join(previous, path))).toString('utf8'))?.[1];
  const changedOld = fragments.find(([path]) => urlOf(path) === '/guide/clusters/')![0];
  const wrong = fragments.find(([path]) => path !== changedOld)![0];
  writeFileSync(join(dir, page), readPage(dir, page).replace('<h2 id="join-the-swarm">', '<p>Quorum keeps the managers honest.</p><h2 id="join-the-swarm">'));
  rmSync(join(dir, 'pagefind'), { recursive: true });
  const offered = fragments.map(([path, bytes]) => ({ path, bytes: path === wrong ? 'not-these-bytes' : bytes }));
  const second = await indexSite(dir, routes(), async () => ({ from: previous, files: offered }));
  assert.deepEqual(second.errors, []);
  assert.equal(second.reused, 2, 'two unchanged fragments kept; the wrongly described one written again');
  const after = bundleFiles(dir);
  assert.equal(after.has(changedOld), false, "the changed page's old fragment, placed but not in the new index, is removed");
  assert.equal(after.get(wrong), before.get(wrong), 'the fragment not placed is written by Pagefind, the same bytes');
  const kept = fragments.map(([path]) => path).filter((path) => path !== wrong && path !== changedOld);
  for (const path of kept) assert.equal(statSync(join(dir, 'pagefind', path)).ino, statSync(join(previous, path)).ino, `${path} is the previous file, not written again`);

  const fresh = join(dir, '..', 'search-index-reuse-fresh');
  rmSync(fresh, { recursive: true, force: true });
  cpSync(dir, fresh, { recursive: true });
  rmSync(join(fresh, 'pagefind'), { recursive: true });
  const third = await indexSite(fresh, routes());
  assert.deepEqual(third.errors, []);
  assert.equal(third.reused, 0);
  assert.deepEqual(after, bundleFiles(fresh), 'same files, same bytes');
  assert.ok([...after.keys()].some((p) => p.startsWith('fragment/') && !before.has(p)), 'the changed page has a new fragment');
});

test('a reuse that fails leaves Pagefind to write the whole bundle, and the build goes on', async () => {
  const dir = copyOfSite('search-index-reuse-fails');
  const outcome = await indexSite(dir, routes(), async () => {
    throw new Error('the record could not be read');
  });
  assert.deepEqual(outcome.errors, []);
  assert.equal(outcome.reused, 0);
  assert.equal(outcome.indexed, 4);
});

test('within the budget sw.js precaches every page, asset and the Pagefind bundle, each with its own revision', () => {
  const sw = readFileSync(join(site.outDir, 'sw.js'), 'utf8');
  const list = JSON.parse(/(\[\{"revision".*?\}\])/.exec(sw)?.[1] ?? '[]') as { url: string; revision: string }[];
  const manifest = JSON.parse(readFileSync(join(site.outDir, 'offline-manifest.json'), 'utf8')) as { all: boolean; files: [string, string, number][] };
  assert.equal(manifest.all, true, 'the fixture fits the default budget');
  const revisions = new Map(list.map((e) => [e.url, e.revision]));
  for (const route of routes().routes) {
    assert.match(revisions.get(route.url) ?? '', /^[0-9a-f]{12}$/, `${route.url} is precached with a revision`);
  }
  for (const file of readdirSync(join(site.outDir, 'pagefind'), { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const url = `/${join(file.parentPath, file.name).slice(site.outDir.length + 1)}`;
    assert.ok(revisions.has(url), `${url} is precached`);
  }
  // One revision per file, the same the manifest gives (a content hash, so an edit changes it);
  // the manifest itself is precached too, under the hash of its own bytes.
  const manifestBytes = readFileSync(join(site.outDir, 'offline-manifest.json'));
  const withManifest = [...manifest.files.map(([url, rev]) => [url, rev]), ['/offline-manifest.json', createHash('sha256').update(manifestBytes).digest('hex').slice(0, 12)]];
  assert.deepEqual([...revisions].sort(), withManifest.sort());
  const page = readFileSync(join(site.outDir, 'guide/images/index.html'));
  assert.equal(revisions.get('/guide/images/'), createHash('sha256').update(page).digest('hex').slice(0, 12));
  assert.ok(list.some((e) => e.url.startsWith('/_astro/') && e.url.endsWith('.js')));
  assert.ok(!revisions.has('/sw.js'));
  assert.ok(!existsSync(join(site.outDir, 'routes.json')), 'the route table is not published');
});

test('a page loads under 5 KB of gzipped JavaScript until search opens', () => {
  const seen = new Set<string>();
  const queue = [...readPage(site.outDir, 'guide/images/index.html').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  assert.ok(queue.length > 0, 'the page has its search trigger script');
  // Follow static imports only: dynamic import() is what loads on opening search.
  while (queue.length > 0) {
    const src = queue.shift() ?? '';
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(join(site.outDir, src), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+)["'`]/g)) {
      queue.push(new URL(m[1] ?? '', `http://x${src}`).pathname);
    }
  }
  assert.ok(![...seen].some((s) => /search\.[^/]*\.js$|pagefind/.test(s)), `eagerly loaded: ${[...seen].join(', ')}`);
  const gzipped = [...seen].reduce((sum, s) => sum + gzipSync(readFileSync(join(site.outDir, s))).length, 0);
  assert.ok(gzipped < 5 * 1024, `${gzipped} bytes of gzipped JavaScript on first load`);
});
