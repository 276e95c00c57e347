import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseContentFile } from '../../../src/lib/content/content-file.ts';
import { nextPart, pagePathProblem, scaffoldPage } from '../../../src/lib/content/scaffold.ts';

test('page paths are lower-case words in folders, without an extension', () => {
  assert.equal(pagePathProblem('get-started/my-page'), null);
  assert.equal(pagePathProblem('top'), null);
  for (const bad of ['Get-Started/x', 'a/b.mdx', '../x', 'a//b', 'a b', '-x', '']) {
    assert.match(pagePathProblem(bad) ?? '', /is not a page path/, bad);
  }
});

test('a scaffolded page has frontmatter that passes the schema, quoting where YAML needs it', () => {
  const source = scaffoldPage({ title: 'Ports: #1 "and" more', part: 7 });
  const file = parseContentFile('a.mdx', 'content/a.mdx', source);
  assert.deepEqual(file.diagnostics, []);
  assert.equal(file.frontmatter.data?.title, 'Ports: #1 "and" more');
  assert.equal(file.frontmatter.data?.part, 7);
  // A part gets the glance fields its rule requires, as examples to replace.
  assert.equal(file.frontmatter.data?.minutes, 20);
  assert.deepEqual(file.frontmatter.data?.prerequisites, ['Part 6 done']);
  assert.equal(file.frontmatter.data?.outcomes?.length, 1);
  assert.equal(scaffoldPage({ title: 'Notes' }).includes('minutes'), false, 'a page outside a series has none');
});

test('the next part follows the highest one', () => {
  assert.equal(nextPart([]), 1);
  assert.equal(nextPart([2, undefined, 5, 3]), 6);
});
