import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContentTree, type TreeEntry } from '../../../src/lib/site/content-tree.ts';
import { pageData, SIDE_NAV_MAX, tocFromHeadings } from '../../../src/lib/site/page-data.ts';

function entry(relPath: string, data: Partial<TreeEntry['data']> = {}): TreeEntry {
  const id = relPath.replace(/\.mdx$/, '');
  return { id, relPath, data: { title: id, description: `About ${id}.`, ...data } };
}

const site = buildContentTree([
  entry('index.mdx', { title: 'Docker' }),
  entry('get-started/index.mdx', { title: 'Get started', series: true }),
  entry('get-started/orientation.mdx', { title: 'Orientation and setup', navLabel: 'Orientation', part: 1 }),
  entry('get-started/containers.mdx', { title: 'Containers', part: 2 }),
  entry('get-started/services.mdx', { title: 'Services', part: 3 }),
  entry('reference/cli.mdx', { title: 'CLI' }),
  entry('reference/api.mdx', { title: 'API' }),
]);

test('breadcrumbs run from the root to the page, the page marked current', () => {
  const page = pageData(site, 'get-started/containers');
  assert.deepEqual(page.breadcrumbs, [
    { title: 'Docker', url: '/', current: false },
    { title: 'Get started', url: '/get-started/', current: false },
    { title: 'Containers', url: '/get-started/containers/', current: true },
  ]);
});

test('level up goes to the parent; the root has none', () => {
  assert.deepEqual(pageData(site, 'get-started/containers').levelUp, { title: 'Get started', url: '/get-started/' });
  assert.deepEqual(pageData(site, 'get-started/index').levelUp, { title: 'Docker', url: '/' });
  assert.deepEqual(pageData(site, 'reference/cli').levelUp, { title: 'Reference', url: '/reference/' });
  assert.equal(pageData(site, 'index').levelUp, null);
});

test('a part knows its place, Part N of M, and its neighbours within the series', () => {
  const page = pageData(site, 'get-started/containers');
  assert.deepEqual(page.series?.position, { part: 2, total: 3 });
  assert.deepEqual(page.prev, { title: 'Orientation', url: '/get-started/orientation/', part: 1 });
  assert.deepEqual(page.next, { title: 'Services', url: '/get-started/services/', part: 3 });
  assert.deepEqual(page.series?.parts.map((p) => [p.part, p.title, p.current]), [
    [1, 'Orientation', false],
    [2, 'Containers', true],
    [3, 'Services', false],
  ]);
});

test('previous and next stop at the series\' edges', () => {
  assert.equal(pageData(site, 'get-started/orientation').prev, null);
  assert.equal(pageData(site, 'get-started/services').next, null);
  assert.equal(pageData(site, 'get-started/services').prev?.url, '/get-started/containers/');
});

test('the series index lists its parts with descriptions and leads to part 1', () => {
  const page = pageData(site, 'get-started/index');
  assert.equal(page.series?.position, null);
  assert.equal(page.prev, null);
  assert.deepEqual(page.next, { title: 'Orientation', url: '/get-started/orientation/', part: 1 });
  assert.deepEqual(page.children.map((c) => [c.part, c.title, c.description]), [
    [1, 'Orientation', 'About get-started/orientation.'],
    [2, 'Containers', 'About get-started/containers.'],
    [3, 'Services', 'About get-started/services.'],
  ]);
});

test('pages outside a series have no series, no previous/next, and their folder beside them', () => {
  const page = pageData(site, 'reference/cli');
  assert.equal(page.series, null);
  assert.equal(page.prev, null);
  assert.equal(page.next, null);
  assert.deepEqual(page.sideNav?.heading, { title: 'Reference', url: '/reference/' });
  assert.deepEqual(page.sideNav?.items.map((i) => [i.title, i.current]), [['API', false], ['CLI', true]]);
});

test('a folder longer than the side column shows the pages around the current one and a link to the whole list', () => {
  const count = SIDE_NAV_MAX + 15;
  const names = Array.from({ length: count }, (_, i) => `page-${String(i).padStart(2, '0')}`);
  const wide = buildContentTree([entry('index.mdx'), entry('many/index.mdx', { title: 'Many' }), ...names.map((n) => entry(`many/${n}.mdx`))]);
  const side = (name: string) => pageData(wide, `many/${name}`).sideNav!;
  const titles = names.map((n) => `many/${n}`);
  const middle = side('page-20');
  assert.deepEqual(middle.range, { first: 16, last: 26, total: count });
  assert.deepEqual(middle.heading, { title: 'Many', url: '/many/' });
  assert.deepEqual(middle.items.map((i) => i.title), titles.slice(15, 26), 'five pages on each side');
  assert.deepEqual(middle.items.filter((i) => i.current).map((i) => i.title), ['many/page-20']);
  assert.deepEqual(side('page-00').items.map((i) => i.title), titles.slice(0, 11), 'at the start the window stays whole');
  assert.deepEqual(side('page-00').range, { first: 1, last: 11, total: count });
  assert.deepEqual(side(names.at(-1)!).items.map((i) => i.title), titles.slice(-11), 'and at the end');
  assert.deepEqual(side(names.at(-1)!).range, { first: count - 10, last: count, total: count });
  const short = buildContentTree([entry('index.mdx'), ...names.slice(0, SIDE_NAV_MAX).map((n) => entry(`few/${n}.mdx`))]);
  const few = pageData(short, 'few/page-03').sideNav!;
  assert.equal(few.range, null, 'a folder that fits is listed whole');
  assert.equal(few.items.length, SIDE_NAV_MAX);
});

test('the root lists its sections; a series among them brings its parts', () => {
  const page = pageData(site, 'index');
  assert.deepEqual(page.children.map((c) => c.title), ['Get started', 'Reference']);
  assert.deepEqual(page.children[0]?.parts?.map((p) => p.title), ['Orientation', 'Containers', 'Services']);
  assert.equal(page.children[1]?.parts, undefined);
  assert.ok(pageData(site, 'reference/index').generated);
});

test('"On this page" keeps h2 and h3 with their ids, in order', () => {
  const toc = tocFromHeadings([
    { depth: 1, slug: 'title', text: 'Title' },
    { depth: 2, slug: 'intro', text: 'Intro' },
    { depth: 3, slug: 'detail', text: 'Detail' },
    { depth: 4, slug: 'deep', text: 'Deep' },
    { depth: 2, slug: 'next', text: 'Next' },
  ]);
  assert.deepEqual(toc, [
    { depth: 2, id: 'intro', text: 'Intro' },
    { depth: 3, id: 'detail', text: 'Detail' },
    { depth: 2, id: 'next', text: 'Next' },
  ]);
  assert.deepEqual(pageData(site, 'get-started/services', [{ depth: 2, slug: 'about', text: 'About' }]).toc, [{ depth: 2, id: 'about', text: 'About' }]);
});
