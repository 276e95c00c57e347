import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContentTree, type TreeEntry } from '../../../src/lib/site/content-tree.ts';
import { pageData } from '../../../src/lib/site/page-data.ts';
import type { PageMeta } from '../../../src/lib/site/page-meta.ts';
import { codeDigest, keyText, pageCacheKeys } from '../../../src/lib/site/page-cache-key.ts';

function entry(relPath: string, data: Partial<TreeEntry['data']> = {}): TreeEntry {
  const id = relPath.replace(/\.mdx$/, '');
  return { id, relPath, data: { title: id, description: `About ${id}.`, ...data } };
}

const ENTRIES = [
  entry('index.mdx', { title: 'Docker' }),
  entry('get-started/index.mdx', { title: 'Get started', series: true }),
  entry('get-started/orientation.mdx', { title: 'Orientation and setup', navLabel: 'Orientation', part: 1 }),
  entry('get-started/containers.mdx', { title: 'Containers', part: 2 }),
  entry('get-started/services.mdx', { title: 'Services', part: 3 }),
  entry('reference/index.mdx', { title: 'Reference' }),
  entry('reference/cli.mdx', { title: 'CLI', order: 1 }),
  entry('reference/api.mdx', { title: 'API', order: 2 }),
  entry('reference/deep/flags.mdx', { title: 'Flags' }),
];
const IDS = ENTRIES.map((e) => e.id);
const META: PageMeta = { editUrl: null, lastUpdated: null };
const SETTINGS = { site: 'https://example.org', base: '/' };

/** Every page's key for a set of entries; `digests` stands in for each entry's content digest. */
function keys(entries: TreeEntry[], options: { digests?: Record<string, string>; settings?: typeof SETTINGS; code?: string; meta?: Record<string, PageMeta> } = {}) {
  const tree = buildContentTree(entries);
  const pageCacheKey = pageCacheKeys();
  return new Map(
    IDS.map((id) => [
      id,
      pageCacheKey({
        entryDigest: options.digests?.[id] ?? `digest of ${id}`,
        page: pageData(tree, id),
        meta: options.meta?.[id] ?? META,
        settings: options.settings ?? SETTINGS,
        codeDigest: options.code ?? 'code-1',
      }),
    ]),
  );
}

/** The pages whose key differs between two runs. */
function changed(a: Map<string, string>, b: Map<string, string>): string[] {
  return IDS.filter((id) => a.get(id) !== b.get(id));
}

const base = keys(ENTRIES);
const retitle = (id: string, data: Partial<TreeEntry['data']>) => ENTRIES.map((e) => (e.id === id ? { ...e, data: { ...e.data, ...data } } : e));

test('the same inputs give the same key, and every page has its own', () => {
  assert.deepEqual(keys(ENTRIES), base);
  assert.equal(new Set(base.values()).size, IDS.length);
});

test("an edit to a page's body changes that page's key only", () => {
  assert.deepEqual(changed(base, keys(ENTRIES, { digests: { 'reference/api': 'edited' } })), ['reference/api']);
});

test('renaming a series part changes every page that lists it: itself, the series, its other parts, and the root', () => {
  const after = keys(retitle('get-started/containers', { title: 'Containers explained' }));
  assert.deepEqual(changed(base, after), ['index', 'get-started/index', 'get-started/orientation', 'get-started/containers', 'get-started/services']);
});

test('renaming a page in a folder changes its parent, its siblings and itself, not the pages elsewhere', () => {
  const after = keys(retitle('reference/cli', { title: 'Command line' }));
  assert.deepEqual(changed(base, after), ['reference/index', 'reference/cli', 'reference/api']);
});

test("renaming a folder's index reaches the pages under it (breadcrumbs, level up) and the root's listing", () => {
  const after = keys(retitle('reference/index', { title: 'Manuals' }));
  assert.deepEqual(changed(base, after), ['index', 'reference/index', 'reference/cli', 'reference/api', 'reference/deep/flags']);
});

test('a new order changes the pages that show the order, and a description the pages that list it', () => {
  assert.deepEqual(changed(base, keys(retitle('reference/api', { order: 0 }))), ['reference/index', 'reference/cli', 'reference/api']);
  assert.deepEqual(changed(base, keys(retitle('reference/cli', { description: 'Every command.' }))), ['reference/index', 'reference/cli', 'reference/api']);
});

test('site settings and code change every key; a last-updated date only its page', () => {
  assert.deepEqual(changed(base, keys(ENTRIES, { settings: { ...SETTINGS, base: '/docs/' } })), IDS);
  assert.deepEqual(changed(base, keys(ENTRIES, { settings: { ...SETTINGS, site: 'https://docs.example.org' } })), IDS);
  assert.deepEqual(changed(base, keys(ENTRIES, { code: 'code-2' })), IDS);
  const dated = { 'reference/cli': { editUrl: null, lastUpdated: { iso: '2026-01-02', text: '2 January 2026' } } };
  assert.deepEqual(changed(base, keys(ENTRIES, { meta: dated })), ['reference/cli']);
});

test('the table of contents is left to the entry digest (it is not known before rendering)', () => {
  const pageCacheKey = pageCacheKeys();
  const tree = buildContentTree(ENTRIES);
  const inputs = { entryDigest: 'd', meta: META, settings: SETTINGS, codeDigest: 'c' };
  const withToc = pageData(tree, 'reference/api', [{ depth: 2, slug: 'usage', text: 'Usage' }]);
  assert.equal(pageCacheKey({ ...inputs, page: withToc }), pageCacheKey({ ...inputs, page: pageData(tree, 'reference/api') }));
});

test('the commands a page teaches are in its key: an edit to an earlier page can move them', () => {
  const pageCacheKey = pageCacheKeys();
  const tree = buildContentTree(ENTRIES);
  const inputs = { entryDigest: 'd', meta: META, settings: SETTINGS, codeDigest: 'c', page: pageData(tree, 'reference/api') };
  const none = pageCacheKey(inputs);
  assert.equal(pageCacheKey({ ...inputs, teaching: null }), none, 'a page that teaches nothing keeps the key it had');
  const teaches = pageCacheKey({ ...inputs, teaching: 'usage=docker build' });
  assert.notEqual(teaches, none);
  assert.notEqual(pageCacheKey({ ...inputs, teaching: 'usage=docker build,docker push' }), teaches);
});

test('pages beside each other share one list digest but keep their own keys, and a sibling added or retitled reaches them all', () => {
  const wide = [entry('index.mdx'), entry('many/index.mdx'), ...Array.from({ length: 20 }, (_, i) => entry(`many/page-${String(i).padStart(2, '0')}.mdx`))];
  const ids = wide.map((e) => e.id).filter((id) => id.startsWith('many/page-'));
  const keysOf = (entries: TreeEntry[]) => {
    const tree = buildContentTree(entries);
    const pageCacheKey = pageCacheKeys();
    return ids.map((id) => pageCacheKey({ entryDigest: id, page: pageData(tree, id), meta: META, settings: SETTINGS, codeDigest: 'c' }));
  };
  const before = keysOf(wide);
  assert.equal(new Set(before).size, ids.length, 'each page of the folder has its own key');
  const added = keysOf([...wide, entry('many/page-zz.mdx')]);
  assert.ok(before.every((k, i) => k !== added[i]), 'a new sibling changes every side navigation');
  const retitled = keysOf(wide.map((e) => (e.id === 'many/page-19' ? { ...e, data: { ...e.data, title: 'Last' } } : e)));
  assert.ok(before.every((k, i) => k !== retitled[i]), "a sibling's new title changes every side navigation");
});

test("in a folder longer than the side column, a page's key follows the pages around it, not the far ones", () => {
  const names = Array.from({ length: 60 }, (_, i) => `page-${String(i).padStart(2, '0')}`);
  const wide = [entry('index.mdx'), entry('long/index.mdx'), ...names.map((n) => entry(`long/${n}.mdx`))];
  const keyOf = (entries: TreeEntry[], id: string) => pageCacheKeys()({ entryDigest: id, page: pageData(buildContentTree(entries), id), meta: META, settings: SETTINGS, codeDigest: 'c' });
  const retitled = wide.map((e) => (e.id === 'long/page-30' ? { ...e, data: { ...e.data, title: 'Thirty' } } : e));
  assert.notEqual(keyOf(wide, 'long/page-28'), keyOf(retitled, 'long/page-28'), 'a neighbour shown beside it');
  assert.equal(keyOf(wide, 'long/page-05'), keyOf(retitled, 'long/page-05'), 'a page far away is not shown');
  const more = [...wide, entry('long/page-zz.mdx')];
  assert.notEqual(keyOf(wide, 'long/page-05'), keyOf(more, 'long/page-05'), 'the count of pages is shown');
});

test('a key made beside other pages of the build equals the key made alone: a shared list digest never stands for another list', () => {
  const wide = [...ENTRIES, entry('reference/more/index.mdx'), ...Array.from({ length: 30 }, (_, i) => entry(`reference/more/p-${i}.mdx`, { title: `P ${i}` }))];
  const tree = buildContentTree(wide);
  const ids = wide.map((e) => e.id);
  const inputs = (id: string) => ({ entryDigest: id, page: pageData(tree, id), meta: META, settings: SETTINGS, codeDigest: 'c' });
  const shared = pageCacheKeys();
  assert.deepEqual(ids.map((id) => shared(inputs(id))), ids.map((id) => pageCacheKeys()(inputs(id))));
});

test('key text tells different values apart and leaves out what is undefined; the code digest does not depend on file order', () => {
  assert.notEqual(keyText({ a: '1' }), keyText({ a: 1 }));
  assert.notEqual(keyText({ a: [1, 2] }), keyText({ a: [2, 1] }));
  assert.notEqual(keyText({ a: null }), keyText({}));
  assert.equal(keyText({ a: 1, b: undefined }), keyText({ a: 1 }));
  const files = [{ path: 'a.ts', text: 'x' }, { path: 'b.ts', text: 'y' }];
  assert.equal(codeDigest(files), codeDigest([...files].reverse()));
  assert.notEqual(codeDigest(files), codeDigest([{ path: 'a.ts', text: 'xy' }, { path: 'b.ts', text: '' }]));
});
