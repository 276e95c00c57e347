import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFrontmatter, splitFrontmatter } from '../../src/lib/frontmatter.ts';

const F = 'content/x.mdx';

test('valid frontmatter parses, with key lines', () => {
  const r = readFrontmatter(F, '---\ntitle: Hello\ndescription: World\norder: 2\n---\nBody');
  assert.deepEqual(r.diagnostics, []);
  assert.equal(r.data?.title, 'Hello');
  assert.deepEqual({ ...r.keyLines }, { title: 2, description: 3, order: 4 });
});

test('a missing title is reported at line 1 with a hint', () => {
  const [d] = readFrontmatter(F, '---\ndescription: World\n---\n').diagnostics;
  assert.equal(d?.message, 'Missing required frontmatter key `title`');
  assert.equal(d?.line, 1);
  assert.match(d?.hint ?? '', /title:/);
});

test('a wrongly typed value points at its key line', () => {
  const [d] = readFrontmatter(F, '---\ntitle: A\ndescription: B\norder: first\n---\n').diagnostics;
  assert.equal(d?.line, 4);
  assert.match(d?.message ?? '', /^Frontmatter `order` /);
});

test('unknown keys are reported, each at its line', () => {
  const ds = readFrontmatter(F, '---\ntitle: A\ndescription: B\ntilte: C\n---\n').diagnostics;
  assert.deepEqual(ds.map((d) => [d.line, d.message]), [[4, 'Unknown frontmatter key `tilte`']]);
});

test('YAML syntax errors carry the file line', () => {
  const [d] = readFrontmatter(F, '---\ntitle: A\ndescription: [oops\n---\n').diagnostics;
  assert.equal(d?.rule, 'frontmatter');
  assert.match(d?.message ?? '', /^Invalid YAML in frontmatter/);
  assert.ok((d?.line ?? 0) >= 3, `line ${d?.line}`);
});

test('no frontmatter at all is an error', () => {
  assert.equal(readFrontmatter(F, '# Just a heading\n').diagnostics[0]?.message, 'Missing frontmatter');
  assert.equal(splitFrontmatter('# x'), null);
});

test('keys that name Object.prototype are plain unknown keys, at their lines, with the usual hint', () => {
  const ds = readFrontmatter(F, '---\ntitle: A\ndescription: B\n__proto__: x\nconstructor: 1\ntoString: 2\nhasOwnProperty: 3\n---\n').diagnostics;
  assert.deepEqual(ds.map((d) => [d.line, d.message]), [
    [4, 'Unknown frontmatter key `__proto__`'],
    [5, 'Unknown frontmatter key `constructor`'],
    [6, 'Unknown frontmatter key `toString`'],
    [7, 'Unknown frontmatter key `hasOwnProperty`'],
  ]);
  for (const d of ds) assert.match(d.hint, /^Allowed keys: title, description/);
});

test('a required key named like a prototype member is still missing', () => {
  const [d] = readFrontmatter(F, '---\ntitle: A\nconstructor: B\n---\n').diagnostics.filter((x) => x.message.startsWith('Missing'));
  assert.equal(d?.message, 'Missing required frontmatter key `description`');
});

test('frontmatter that is not a mapping is one clear problem', () => {
  const ds = readFrontmatter(F, '---\n- title\n- description\n---\n').diagnostics;
  assert.deepEqual(ds.map((d) => [d.line, d.message]), [[2, 'Frontmatter is not a list of `key: value` lines']]);
});
