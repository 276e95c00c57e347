import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  absoluteUrl,
  buildRouteTable,
  builtFileForUrl,
  entryIdFromPath,
  folderOfId,
  generatedSectionIds,
  markdownCopyOf,
  parseRouteTableJson,
  pathForId,
  redirectFor,
  routeSlug,
  routeTableJson,
} from '../../../src/lib/site/routes.ts';
import { buildContentTree } from '../../../src/lib/site/content-tree.ts';

const entries = (...sources: string[]) => sources.map((source) => ({ id: entryIdFromPath(source), source }));
const SITE = 'https://example.org';

test('entry ids are file paths without the extension', () => {
  assert.equal(entryIdFromPath('get-started/containers.mdx'), 'get-started/containers');
  assert.equal(entryIdFromPath('index.mdx'), 'index');
  assert.equal(entryIdFromPath('a\\b.mdx'), 'a/b');
});

test('paths mirror the folders; only a file named exactly index sits at the folder URL', () => {
  assert.equal(pathForId('index'), '/');
  assert.equal(pathForId('get-started/index'), '/get-started/');
  assert.equal(pathForId('get-started/containers'), '/get-started/containers/');
  assert.equal(pathForId('reindex'), '/reindex/');
  assert.equal(pathForId('a/notindex'), '/a/notindex/');
  assert.equal(pathForId('index/index'), '/index/');
});

test('the folder of an entry', () => {
  assert.equal(folderOfId('index'), '');
  assert.equal(folderOfId('get-started/index'), '');
  assert.equal(folderOfId('get-started/containers'), 'get-started');
  assert.equal(folderOfId('a/b/c'), 'a/b');
});

test('every form of a content page under the root base', () => {
  const table = buildRouteTable(entries('index.mdx', 'get-started/index.mdx', 'get-started/containers.mdx'), { site: SITE, base: '/' });
  assert.deepEqual(table.byId('get-started/containers'), {
    id: 'get-started/containers',
    kind: 'page',
    source: 'get-started/containers.mdx',
    path: '/get-started/containers/',
    url: '/get-started/containers/',
    absoluteUrl: 'https://example.org/get-started/containers/',
    file: 'get-started/containers/index.html',
    search: true,
    sitemap: true,
    precache: true,
  });
  assert.deepEqual(
    table.routes.map((r) => [r.id, r.kind, r.url, r.file]),
    [
      ['index', 'page', '/', 'index.html'],
      ['404', 'not-found', '/404.html', '404.html'],
      ['get-started/index', 'page', '/get-started/', 'get-started/index.html'],
      ['get-started/containers', 'page', '/get-started/containers/', 'get-started/containers/index.html'],
      ['markdown:get-started/containers', 'markdown', '/get-started/containers/index.md', 'get-started/containers/index.md'],
      ['markdown:get-started/index', 'markdown', '/get-started/index.md', 'get-started/index.md'],
      ['markdown:index', 'markdown', '/index.md', 'index.md'],
      ['offline', 'offline', '/offline/', 'offline/index.html'],
    ],
  );
});

test('under /docs/ the URL and absolute URL carry the base; the path and file do not', () => {
  for (const base of ['/docs/', 'docs', '/docs']) {
    const table = buildRouteTable(entries('index.mdx', 'guide/first-steps.mdx'), { site: `${SITE}/`, base });
    assert.equal(table.base, '/docs/');
    const page = table.byId('guide/first-steps')!;
    assert.deepEqual([page.path, page.url, page.absoluteUrl, page.file], [
      '/guide/first-steps/',
      '/docs/guide/first-steps/',
      'https://example.org/docs/guide/first-steps/',
      'guide/first-steps/index.html',
    ]);
    assert.equal(table.byId('index')!.url, '/docs/');
    assert.equal(table.byId('index')!.absoluteUrl, 'https://example.org/docs/');
  }
});

test('folders without an index get generated section routes, listed in search and the sitemap', () => {
  const table = buildRouteTable(entries('extras/deep/leaf.mdx', 'extras/notes.mdx'), { site: SITE, base: '/docs/' });
  assert.deepEqual(generatedSectionIds(['extras/deep/leaf', 'extras/notes']), ['extras/deep/index', 'extras/index', 'index']);
  const sections = table.routes.filter((r) => r.kind === 'section');
  assert.deepEqual(sections.map((r) => [r.id, r.source, r.url, r.file, r.search, r.sitemap]), [
    ['index', null, '/docs/', 'index.html', true, true],
    ['extras/deep/index', null, '/docs/extras/deep/', 'extras/deep/index.html', true, true],
    ['extras/index', null, '/docs/extras/', 'extras/index.html', true, true],
  ].sort((a, b) => String(a[2]).localeCompare(String(b[2]))));
});

test('the 404 page is a route, precached but kept out of search and the sitemap', () => {
  const table = buildRouteTable(entries('index.mdx'), { site: SITE, base: '/docs/' });
  const notFound = table.byFile('404.html')!;
  assert.deepEqual([notFound.kind, notFound.url, notFound.search, notFound.sitemap, notFound.precache], ['not-found', '/docs/404.html', false, false, true]);
  assert.equal(table.byUrl('/docs/404.html'), notFound);
});

test('the offline page is a route, precached but kept out of search and the sitemap', () => {
  const table = buildRouteTable(entries('index.mdx'), { site: SITE, base: '/docs/' });
  const offline = table.byId('offline')!;
  assert.deepEqual([offline.kind, offline.url, offline.file, offline.search, offline.sitemap, offline.precache], ['offline', '/docs/offline/', 'offline/index.html', false, false, true]);
});

test('odd names keep their characters in the path and are escaped only in the absolute URL', () => {
  const table = buildRouteTable(entries('notes/über uns.mdx', 'notes/index.mdx', 'index.mdx', 'a.b/c.mdx'), { site: SITE, base: '/' });
  const odd = table.byId('notes/über uns')!;
  assert.deepEqual([odd.url, odd.file], ['/notes/über uns/', 'notes/über uns/index.html']);
  assert.equal(odd.absoluteUrl, 'https://example.org/notes/%C3%BCber%20uns/');
  assert.equal(table.byId('a.b/c')!.url, '/a.b/c/');
  assert.equal(table.byId('a.b/index')!.kind, 'section');
});

test('generated sections and the content tree agree on every page and URL', () => {
  const list = entries('index.mdx', 'tour/index.mdx', 'tour/start.mdx', 'extras/notes.mdx', 'extras/deep/leaf.mdx');
  const table = buildRouteTable(list, { site: SITE, base: '/' });
  const tree = buildContentTree(list.map((e) => ({ id: e.id, relPath: e.source, data: { title: e.id, description: 'd' } })));
  const pages = table.routes.filter((r) => r.kind === 'page' || r.kind === 'section');
  assert.deepEqual(pages.map((r) => [r.id, r.path]).sort(), [...tree.nodes.values()].map((n) => [n.id, n.url]).sort());
  assert.deepEqual(pages.filter((r) => r.kind === 'section').map((r) => r.id).sort(), [...tree.nodes.values()].filter((n) => n.generated).map((n) => n.id).sort());
});

test('lookups by URL and by built file, with the folder-without-slash redirect', () => {
  const table = buildRouteTable(entries('index.mdx', 'guide/index.mdx'), { site: SITE, base: '/docs/' });
  assert.equal(table.byUrl('/docs/guide/')!.id, 'guide/index');
  assert.equal(table.byUrl('/docs/guide'), undefined);
  assert.equal(table.byFile('guide/index.html')!.id, 'guide/index');
  assert.equal(redirectFor(table, '/docs/guide'), '/docs/guide/');
  assert.equal(redirectFor(table, '/docs'), '/docs/');
  assert.equal(redirectFor(table, '/docs/nothing'), null);
  assert.equal(builtFileForUrl(table, '/docs/guide/'), 'guide/index.html');
  assert.equal(builtFileForUrl(table, '/docs/guide/./'), 'guide/index.html');
  assert.equal(builtFileForUrl(table, '/docs/_astro/a.js'), '_astro/a.js');
  assert.equal(builtFileForUrl(table, '/docs/pagefind/'), 'pagefind/index.html');
  assert.equal(builtFileForUrl(table, '/elsewhere/'), null);
  assert.equal(builtFileForUrl(table, '/docs/../secret'), null);
});

test('the route parameter is undefined only for the root page', () => {
  const table = buildRouteTable(entries('index.mdx', 'get-started/index.mdx', 'get-started/containers.mdx'), { site: SITE, base: '/docs/' });
  assert.equal(routeSlug(table.byId('index')!), undefined);
  assert.equal(routeSlug(table.byId('get-started/index')!), 'get-started');
  assert.equal(routeSlug(table.byId('get-started/containers')!), 'get-started/containers');
});

test('routes.json reads back into the same table, and bad files say what to do', () => {
  const table = buildRouteTable(entries('index.mdx', 'x/y.mdx'), { site: SITE, base: '/docs/' });
  const again = parseRouteTableJson(routeTableJson(table), 'dist/routes.json');
  assert.deepEqual([again.site, again.base, again.routes], [table.site, table.base, table.routes]);
  assert.equal(again.byFile('x/index.html')!.kind, 'section');
  assert.throws(() => parseRouteTableJson('{', 'dist/routes.json'), /^Error: dist\/routes\.json: not JSON .*npm run build/);
  assert.throws(() => parseRouteTableJson('{"routes":3}', 'dist/routes.json'), /expected \{ site, base, routes\[\] \}/);
});

test('absolute URLs join origin, base and path', () => {
  assert.equal(absoluteUrl('https://example.org', '/', '/'), 'https://example.org/');
  assert.equal(absoluteUrl('https://example.org/', '/docs/', '/get-started/'), 'https://example.org/docs/get-started/');
  assert.equal(absoluteUrl('https://example.org', '/docs', 'sitemap-index.xml'), 'https://example.org/docs/sitemap-index.xml');
});

test('every page and section page has a Markdown copy beside it, out of the sitemap and search', () => {
  const table = buildRouteTable([{ id: 'get-started/containers', source: 'get-started/containers.mdx' }, { id: 'index', source: 'index.mdx' }], { site: 'https://example.org', base: '/docs/' });
  assert.deepEqual(markdownCopyOf(table, 'get-started/containers'), {
    id: 'markdown:get-started/containers',
    kind: 'markdown',
    source: 'get-started/containers.mdx',
    path: '/get-started/containers/index.md',
    url: '/docs/get-started/containers/index.md',
    absoluteUrl: 'https://example.org/docs/get-started/containers/index.md',
    file: 'get-started/containers/index.md',
    search: false,
    sitemap: false,
    precache: true,
    copyOf: 'get-started/containers',
  });
  assert.deepEqual(
    table.routes.filter((r) => r.kind === 'markdown').map((r) => [r.copyOf, r.url]),
    [['get-started/containers', '/docs/get-started/containers/index.md'], ['get-started/index', '/docs/get-started/index.md'], ['index', '/docs/index.md']],
  );
  assert.equal(table.byUrl('/docs/index.md')?.copyOf, 'index');
  assert.equal(table.byFile('get-started/index.md')?.kind, 'markdown');
  assert.equal(markdownCopyOf(table, '404'), undefined, 'the 404 page has none');
  // `[...slug]/index.md` takes the page's slug.
  assert.equal(routeSlug(markdownCopyOf(table, 'get-started/containers')!), 'get-started/containers');
  assert.equal(routeSlug(markdownCopyOf(table, 'index')!), undefined);
});
