import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModel, SITE_NAME, type ModelEntry } from '../../../src/lib/site/site-model.ts';

function entry(relPath: string, data: Partial<ModelEntry['data']> = {}, extra: Partial<ModelEntry> = {}): ModelEntry {
  const id = relPath.replace(/\.mdx$/, '');
  return { id, relPath, data: { title: id, description: `About ${id}.`, ...data }, ...extra };
}

const entries = [
  entry('index.mdx', { title: SITE_NAME }),
  entry('get-started/index.mdx', { title: 'Get started', series: true }),
  entry('get-started/orientation.mdx', { title: 'Orientation', part: 1, minutes: 10, prerequisites: [], outcomes: [] }),
  entry('get-started/containers.mdx', { title: 'Containers', part: 2, minutes: 30, prerequisites: ['Part 1 done'], outcomes: ['An image'] }, {
    filePath: 'content/get-started/containers.mdx',
    headings: [{ depth: 2, slug: 'your-new-development-environment', text: 'Your new development environment' }, { depth: 2, slug: 'recap', text: 'Recap' }],
  }),
  entry('reference/cli.mdx', { title: 'CLI' }, { headings: [{ depth: 2, slug: 'only', text: 'Only' }] }),
];
const model = siteModel(entries, { site: 'https://example.org', base: '/docs/', repo: { url: 'https://github.com/o/r', branch: 'main' } }, {
  dates: new Map([['get-started/containers.mdx', '2026-12-01T10:00:00+00:00']]),
});

test('one route table, one tree and the pages in reading order, generated sections included', () => {
  assert.deepEqual(model.order, ['index', 'get-started/index', 'get-started/orientation', 'get-started/containers', 'reference/index', 'reference/cli']);
  assert.equal(model.routes.byId('reference/index')?.kind, 'section');
  assert.ok(model.tree.nodes.has('reference/index'));
});

test('a part: its routes, document title, Part N of M, section, contents, search facets, edit link and date', () => {
  const page = model.page('get-started/containers');
  assert.equal(page.route.url, '/docs/get-started/containers/');
  assert.equal(page.markdown.url, '/docs/get-started/containers/index.md');
  assert.equal(page.documentTitle, `Containers · ${SITE_NAME}`);
  assert.equal(page.root, false);
  assert.deepEqual(page.partOf, { part: 2, total: 2, series: 'Get started' });
  assert.deepEqual(page.section, { id: 'get-started', title: 'Get started' });
  assert.equal(page.showToc, true);
  assert.deepEqual(page.toc.map((t) => t.id), ['your-new-development-environment', 'recap']);
  assert.deepEqual(page.search, { title: 'Containers', section: 'Get started', part: 2 });
  assert.equal(page.meta.editUrl, 'https://github.com/o/r/edit/main/content/get-started/containers.mdx');
  assert.equal(page.meta.lastUpdated?.iso, '2026-12-01T10:00:00+00:00');
  assert.deepEqual(page.glance?.prerequisites.length, 1);
  assert.equal(model.page('get-started/containers'), page, 'a view is made once');
});

test('the home page, a series index and a generated section: titles, listings and what they show', () => {
  const home = model.page('index');
  assert.equal(home.documentTitle, SITE_NAME);
  assert.equal(home.root, true);
  assert.equal(home.section, null);
  assert.deepEqual(home.listing, { heading: 'Start here', ordered: false });
  assert.deepEqual(model.page('get-started/index').listing, { heading: 'The parts', ordered: true });
  const reference = model.page('reference/index');
  assert.equal(reference.generated, true);
  assert.deepEqual(reference.listing, { heading: 'In this section', ordered: false });
  assert.equal(reference.meta.editUrl, null, 'a generated page has no file to edit');
  assert.equal(model.page('reference/cli').showToc, false, 'one heading needs no "On this page"');
  assert.throws(() => model.page('nowhere'), /nowhere/);
});

test('without a repository there are no edit links', () => {
  const bare = siteModel(entries, { site: 'https://example.org', base: '/' }, { dates: new Map() });
  assert.equal(bare.page('get-started/containers').meta.editUrl, null);
  assert.equal(bare.page('get-started/containers').route.url, '/get-started/containers/');
});
