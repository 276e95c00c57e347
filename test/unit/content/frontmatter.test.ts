import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFrontmatter, splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';

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

test('YAML past its resource limits, or that it reads differently than written, is one located problem', () => {
  const problems = (yaml: string) => readFrontmatter(F, `---\n${yaml}\n---\n`).diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
  const bomb = ['a: &a [x, x, x, x, x]', ...['b', 'c', 'd', 'e'].map((k, i) => `${k}: &${k} [${Array(5).fill(`*${'abcd'[i]}`).join(', ')}]`)].join('\n');
  assert.deepEqual(problems(`title: T\n${bomb}`), ['4:8 YAML aliases here expand to more than 100 values']);
  assert.deepEqual(problems('title: T\ndescription: *d'), ['3:14 YAML alias `*d` has no anchor `&d` before it']);
  assert.deepEqual(problems('title: !loud T\ndescription: D'), ['2:8 Frontmatter cannot read the YAML tag `!loud`']);
  assert.deepEqual(problems('title: T\n? [a, b]\n: c'), ['3:3 A frontmatter key is a list, a mapping or an alias']);
  assert.deepEqual(problems('title: T\ntitle: U'), ['3:1 A frontmatter key appears twice']);
  assert.deepEqual(problems('title: T\n...\ndescription: D'), ['4:1 Frontmatter holds more than one YAML document (a `---` or `...` line inside it)']);
  assert.deepEqual(problems(`title: T\n${'k'.repeat(1_100)}: v`), ['3:1 A frontmatter key runs on for more than 1,024 characters']);
  const [deep] = problems(`title: T\ndeep: ${'['.repeat(5_000)}${']'.repeat(5_000)}`);
  assert.match(deep ?? '', /^3:\d+ Frontmatter nests lists or mappings too deeply to read$/);
});

test('the frontmatter ends at a `---` line of its own, as the MDX parser reads it', () => {
  const block = splitFrontmatter('---\ntitle: T\ndescription: see --- here\n---\nBody\n');
  assert.equal(block?.yaml, 'title: T\ndescription: see --- here');
  assert.equal(block?.bodyLine, 5);
  assert.equal(splitFrontmatter('---\n---\nBody')?.yaml, '');
  assert.deepEqual(readFrontmatter(F, '\uFEFF---\ntitle: T\n---\n').diagnostics.map((d) => d.message), ['An extra byte-order mark (the invisible character U+FEFF) stands before the opening `---`']);
});
