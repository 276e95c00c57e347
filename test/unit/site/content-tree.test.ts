import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContentTree, generatedSections, nodeOf, titleFromFolder, type TreeEntry } from '../../../src/lib/site/content-tree.ts';

/** A fixture entry: id from the path, frontmatter from the rest. */
function entry(relPath: string, data: Partial<TreeEntry['data']> = {}): TreeEntry {
  const id = relPath.replace(/\.mdx$/, '');
  return { id, relPath, data: { title: id, description: `About ${id}.`, ...data } };
}

test('a page\'s parent is its folder\'s index, and an index\'s parent is the folder above', () => {
  const tree = buildContentTree([
    entry('index.mdx', { title: 'Docker' }),
    entry('get-started/index.mdx', { title: 'Get started' }),
    entry('get-started/containers.mdx', { title: 'Containers' }),
  ]);
  assert.equal(nodeOf(tree, 'get-started/containers').parentId, 'get-started/index');
  assert.equal(nodeOf(tree, 'get-started/index').parentId, 'index');
  assert.equal(nodeOf(tree, 'index').parentId, null);
  assert.equal(nodeOf(tree, 'get-started/containers').url, '/get-started/containers/');
  assert.equal(nodeOf(tree, 'get-started/index').url, '/get-started/');
});

test('siblings order by `order`, then by title; pages without `order` come last', () => {
  const tree = buildContentTree([
    entry('index.mdx'),
    entry('zeta.mdx', { title: 'Zeta', order: 1 }),
    entry('alpha.mdx', { title: 'Alpha' }),
    entry('beta.mdx', { title: 'Beta', order: 2 }),
    entry('gamma.mdx', { title: 'Gamma' }),
    entry('early.mdx', { title: 'Early', order: -5 }),
  ]);
  assert.deepEqual(nodeOf(tree, 'index').childIds, ['early', 'zeta', 'beta', 'alpha', 'gamma']);
});

test('a series orders its parts by part number, whatever their titles and `order`', () => {
  const tree = buildContentTree([
    entry('index.mdx'),
    entry('s/index.mdx', { title: 'Series', series: true }),
    entry('s/c.mdx', { title: 'A', part: 3, order: 1 }),
    entry('s/a.mdx', { title: 'C', part: 1 }),
    entry('s/b.mdx', { title: 'B', part: 2 }),
    entry('s/extra.mdx', { title: 'Appendix' }),
  ]);
  assert.deepEqual(nodeOf(tree, 's/index').childIds, ['s/a', 's/b', 's/c', 's/extra']);
  assert.equal(nodeOf(tree, 's/index').series, true);
});

test('a folder with no index gets a generated section page, up to the root', () => {
  const tree = buildContentTree([entry('tools/cli/run.mdx', { title: 'Run' }), entry('tools/cli/build.mdx', { title: 'Build' })]);
  assert.deepEqual(generatedSections(tree).map((n) => [n.id, n.url, n.title]), [
    ['index', '/', 'Home'],
    ['tools/cli/index', '/tools/cli/', 'Cli'],
    ['tools/index', '/tools/', 'Tools'],
  ]);
  assert.equal(nodeOf(tree, 'tools/cli/run').parentId, 'tools/cli/index');
  assert.equal(nodeOf(tree, 'tools/cli/index').parentId, 'tools/index');
  assert.deepEqual(nodeOf(tree, 'tools/cli/index').childIds, ['tools/cli/build', 'tools/cli/run']);
  assert.ok(nodeOf(tree, 'tools/index').generated);
  assert.equal(nodeOf(tree, 'tools/index').relPath, null);
});

test('a real index is never replaced by a generated one', () => {
  const tree = buildContentTree([entry('index.mdx', { title: 'Home page' }), entry('a/index.mdx', { title: 'A' }), entry('a/b.mdx')]);
  assert.deepEqual(generatedSections(tree), []);
  assert.equal(nodeOf(tree, 'a/index').title, 'A');
});

test('navLabel is the label in navigation; the title stays the title', () => {
  const tree = buildContentTree([entry('index.mdx'), entry('p.mdx', { title: 'Orientation and setup', navLabel: 'Orientation' })]);
  assert.equal(nodeOf(tree, 'p').label, 'Orientation');
  assert.equal(nodeOf(tree, 'p').title, 'Orientation and setup');
});

test('folder names become readable titles', () => {
  assert.equal(titleFromFolder('get-started'), 'Get started');
  assert.equal(titleFromFolder('a/my_tools'), 'My tools');
  assert.equal(titleFromFolder(''), 'Home');
});

test('looking up an unknown id is an error that names it', () => {
  assert.throws(() => nodeOf(buildContentTree([entry('index.mdx')]), 'nope'), /"nope"/);
});
