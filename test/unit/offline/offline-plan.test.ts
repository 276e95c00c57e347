import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { fileKind, parseBudget, planOffline, sectionOf, urlForFile, type BuiltFile } from '../../../src/lib/offline/offline-plan.ts';
import { pagefindUses } from '../../../src/lib/offline/pagefind-uses.ts';
import { buildRouteTable } from '../../../src/lib/site/routes.ts';

const ENTRIES = ['index.mdx', 'guide/index.mdx', 'guide/images.mdx', 'tour/index.mdx'].map((source) => ({ id: source.replace(/\.mdx$/, ''), source }));
const table = (base: string) => buildRouteTable(ENTRIES, { site: 'https://example.org', base });

/** Page titles as the site model gives them, by built file. */
const TITLES = new Map<string, string>();
const file = (path: string, gzipBytes: number, title?: string): BuiltFile => {
  if (title) TITLES.set(path, title);
  return { path, revision: `r-${path}`, gzipBytes };
};

const SITE: BuiltFile[] = [
  file('index.html', 3000, 'Home'),
  file('index.md', 800),
  file('404.html', 1000),
  file('offline/index.html', 1000),
  file('sw.js', 9000),
  file('offline-manifest.json', 5000),
  file('favicon.svg', 300),
  file('theme-init.js', 200),
  file('_astro/DocLayout.abc123.css', 4000),
  file('_astro/page.def456.js', 2000),
  file('_astro/page.def456.js.map', 7000),
  file('guide/index.html', 3000, 'Guide'),
  file('guide/images/index.html', 5000, 'Images'),
  file('guide/images.md', 2000),
  file('guide/shot.png', 9000),
  file('tour/index.html', 3000, 'Tour'),
  file('sitemap.xml', 400),
  file('pagefind/pagefind.js', 30000),
  file('pagefind/pagefind-entry.json', 200),
  file('pagefind/wasm.en.pagefind', 60000),
  file('pagefind/pagefind.en_1234567.pf_meta', 300),
  file('pagefind/filter/en_aaaaaaa.pf_filter', 100),
  file('pagefind/index/en_1111111.pf_index', 20000),
  file('pagefind/index/en_2222222.pf_index', 20000),
  file('pagefind/fragment/en_f000001.pf_fragment', 1000),
  file('pagefind/fragment/en_f000002.pf_fragment', 1500),
  file('pagefind/fragment/en_f000003.pf_fragment', 1200),
];
const USES = [
  { path: 'pagefind/index/en_1111111.pf_index', pages: ['guide/images/index.html', 'tour/index.html'] },
  { path: 'pagefind/index/en_2222222.pf_index', pages: ['index.html'] },
  { path: 'pagefind/fragment/en_f000001.pf_fragment', pages: ['guide/images/index.html'] },
  { path: 'pagefind/fragment/en_f000002.pf_fragment', pages: ['guide/index.html'] },
  { path: 'pagefind/fragment/en_f000003.pf_fragment', pages: ['tour/index.html'] },
];
const total = SITE.filter((f) => !/^sw\.js$|\.map$|^offline-manifest\.json$|^routes\.json$/.test(f.path)).reduce((s, f) => s + f.gzipBytes, 0);

test('files are sorted into shell, engine, index, fragments, pages, copies and the rest', () => {
  assert.equal(fileKind('_astro/DocLayout.abc123.css'), 'shell');
  assert.equal(fileKind('favicon.svg'), 'shell');
  assert.equal(fileKind('404.html'), 'shell');
  assert.equal(fileKind('offline/index.html'), 'shell');
  assert.equal(fileKind('pagefind/pagefind.js'), 'engine');
  assert.equal(fileKind('pagefind/wasm.unknown.pagefind'), 'engine');
  assert.equal(fileKind('pagefind/pagefind.en_1234567.pf_meta'), 'engine');
  assert.equal(fileKind('pagefind/filter/en_aaaaaaa.pf_filter'), 'engine');
  assert.equal(fileKind('pagefind/index/en_1111111.pf_index'), 'index');
  assert.equal(fileKind('pagefind/fragment/en_f000001.pf_fragment'), 'fragment');
  assert.equal(fileKind('guide/images/index.html'), 'page');
  assert.equal(fileKind('guide/images.md'), 'copy');
  assert.equal(fileKind('guide/shot.png'), 'other');
});

test('URLs come from the route table, other files sit at their path under the base; sections are top folders', () => {
  assert.equal(urlForFile('index.html', table('/')), '/');
  assert.equal(urlForFile('guide/images/index.html', table('/docs/')), '/docs/guide/images/');
  assert.equal(urlForFile('404.html', table('/docs/')), '/docs/404.html');
  assert.equal(urlForFile('offline/index.html', table('/docs/')), '/docs/offline/');
  assert.equal(urlForFile('pagefind/pagefind.js', table('/docs/')), '/docs/pagefind/pagefind.js');
  assert.equal(fileKind('offline/index.html', table('/')), 'shell', 'the offline route is part of the shell');
  assert.equal(fileKind('404.html', table('/')), 'shell');
  assert.equal(fileKind('guide/images/index.html', table('/')), 'page');
  assert.equal(sectionOf('get-started/containers/index.html'), 'get-started');
  assert.equal(sectionOf('get-started/index.md'), 'get-started');
  assert.equal(sectionOf('index.html'), '');
});

test('within the budget a first visit precaches every file but the worker, maps and the manifest', () => {
  const plan = planOffline({ titles: TITLES, files: SITE, searchFiles: USES, table: table('/docs/'), budgetBytes: total });
  assert.equal(plan.manifest.all, true);
  assert.equal(plan.manifest.totalBytes, total);
  assert.equal(plan.precacheBytes, total);
  assert.equal(plan.precache.length, SITE.length - 3);
  assert.ok(plan.precache.some((e) => e.url === '/docs/guide/images/' && e.revision === 'r-guide/images/index.html'));
  assert.ok(!plan.precache.some((e) => /sw\.js|\.map|offline-manifest/.test(e.url)));
});

test("a route the table keeps out of the precache stays out, even within the budget", () => {
  const t = table('/');
  const routes = t.routes.map((r) => (r.kind === 'not-found' ? { ...r, precache: false } : r));
  const plan = planOffline({ titles: TITLES, files: SITE, searchFiles: USES, table: { ...t, routes, byFile: (f) => routes.find((r) => r.file === f) }, budgetBytes: total });
  assert.ok(!plan.precache.some((e) => e.url === '/404.html'));
  assert.ok(plan.precache.some((e) => e.url === '/offline/'));
});

test('over the budget a first visit precaches the shell and the search engine only', () => {
  const plan = planOffline({ titles: TITLES, files: SITE, searchFiles: USES, table: table('/'), budgetBytes: total - 1 });
  assert.equal(plan.manifest.all, false);
  assert.deepEqual(plan.precache.map((e) => e.url).sort(), [
    '/404.html',
    '/_astro/DocLayout.abc123.css',
    '/_astro/page.def456.js',
    '/favicon.svg',
    '/offline/',
    '/pagefind/filter/en_aaaaaaa.pf_filter',
    '/pagefind/pagefind-entry.json',
    '/pagefind/pagefind.en_1234567.pf_meta',
    '/pagefind/pagefind.js',
    '/pagefind/wasm.en.pagefind',
    '/theme-init.js',
  ]);
  assert.equal(plan.precacheBytes, 1000 + 4000 + 2000 + 300 + 1000 + 100 + 200 + 300 + 30000 + 60000 + 200);
  assert.equal(plan.bytesByKind.index, 40000);
  assert.equal(plan.bytesByKind.page, 14000);
  assert.equal(plan.bytesByKind.copy, 2800);
});

test('a section holds its pages, copies, assets, and the index chunks and fragments of its pages only', () => {
  const { manifest } = planOffline({ titles: TITLES, files: SITE, searchFiles: USES, table: table('/'), budgetBytes: 1 });
  const urls = (id: string) => manifest.sections.find((s) => s.id === id)!.files.map((i) => manifest.files[i]![0]);
  assert.deepEqual(urls('guide'), ['/guide/images.md', '/guide/images/', '/guide/', '/guide/shot.png', '/pagefind/fragment/en_f000001.pf_fragment', '/pagefind/fragment/en_f000002.pf_fragment', '/pagefind/index/en_1111111.pf_index']);
  assert.deepEqual(urls('tour'), ['/pagefind/fragment/en_f000003.pf_fragment', '/pagefind/index/en_1111111.pf_index', '/tour/']);
  assert.deepEqual(urls(''), ['/', '/index.md', '/pagefind/index/en_2222222.pf_index'], 'the home page and its copy; the sitemap is in the whole site only');
  const guide = manifest.sections.find((s) => s.id === 'guide')!;
  assert.equal(guide.title, 'Guide');
  assert.equal(guide.pages, 2);
  assert.equal(guide.url, '/guide/');
  assert.equal(guide.bytes, 2000 + 5000 + 3000 + 9000 + 1000 + 1500 + 20000);
  const all = manifest.sections[0]!;
  assert.equal(all.id, '*');
  assert.equal(all.pages, 4);
  assert.ok(!all.files.some((i) => ['shell', 'engine'].includes(fileKind(SITE.find((f) => urlForFile(f.path, table('/')) === manifest.files[i]![0])!.path))), 'the shell and engine are precached already');
  assert.equal(manifest.titles['/guide/images/'], 'Images');
});

test('the budget setting: default 5 MB, kilobytes, a clear error otherwise', () => {
  assert.equal(parseBudget(undefined), 5 * 1024 * 1024);
  assert.equal(parseBudget('100'), 100 * 1024);
  assert.throws(() => parseBudget('5MB'), /OFFLINE_BUDGET_KB must be a positive whole number of kilobytes \(got "5MB"\)/);
  assert.throws(() => parseBudget('0'), /positive whole number/);
});

const pf = (payload: Uint8Array | string) => new Uint8Array(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(payload)])));

test("Pagefind's files tell which pages each chunk and fragment serves (page numbers are deltas)", () => {
  const meta = encode(['1.6.0', [['en_f1', 10, ''], ['en_f2', 12, ''], ['en_f3', 9, '']], [['a', 'm', 'en_i1'], ['n', 'z', 'en_i2']], [], []]);
  // Words in chunk 1: "alpha" on pages 0 and 2 (deltas 0, 2); chunk 2: "nu" on page 1.
  const i1 = encode([[['alpha', [[0, [1, 2], []], [2, [5], []]], []]]]);
  const i2 = encode([[['nu', [[1, [3], []]], []]]]);
  const fragment = (url: string) => pf(JSON.stringify({ url, content: 'text' }));
  const uses = pagefindUses({
    meta: { path: 'pagefind/pagefind.en_x.pf_meta', bytes: pf(meta) },
    indexChunks: [
      { path: 'pagefind/index/en_i1.pf_index', bytes: pf(i1) },
      { path: 'pagefind/index/en_i2.pf_index', bytes: pf(i2) },
    ],
    fragments: [
      { path: 'pagefind/fragment/en_f1.pf_fragment', bytes: fragment('/docs/a/') },
      { path: 'pagefind/fragment/en_f2.pf_fragment', bytes: fragment('/docs/b/') },
      { path: 'pagefind/fragment/en_f3.pf_fragment', bytes: fragment('/docs/c/') },
    ],
    fileForUrl: (url) => `${url.slice('/docs/'.length)}index.html`,
  });
  assert.deepEqual(uses, [
    { path: 'pagefind/fragment/en_f1.pf_fragment', pages: ['a/index.html'] },
    { path: 'pagefind/fragment/en_f2.pf_fragment', pages: ['b/index.html'] },
    { path: 'pagefind/fragment/en_f3.pf_fragment', pages: ['c/index.html'] },
    { path: 'pagefind/index/en_i1.pf_index', pages: ['a/index.html', 'c/index.html'] },
    { path: 'pagefind/index/en_i2.pf_index', pages: ['b/index.html'] },
  ]);
  assert.throws(() => pagefindUses({ meta: { path: 'x.pf_meta', bytes: new Uint8Array(gzipSync(Buffer.from('nope'))) }, indexChunks: [], fragments: [], fileForUrl: () => undefined }), /x\.pf_meta: not a Pagefind 1\.6 file/);
});
