import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countNodes, parseContentFile } from '../../../src/lib/content/content-file.ts';
import { MAX_LINE, MAX_OPEN_TAGS } from '../../../src/lib/content/source-text.ts';
import { formatDiagnostic, githubAnnotation } from '../../../src/lib/diagnostics/diagnostics.ts';

const head = '---\ntitle: T\ndescription: D\n---\n';

test('heading ids follow GitHub slugs, de-duplicated', () => {
  const f = parseContentFile('a.mdx', 'content/a.mdx', `${head}## Run the app\n\n## Run the app\n\n### Share *your* image!\n`);
  assert.deepEqual(f.headingIds, ['run-the-app', 'run-the-app-1', 'share-your-image']);
});

test('MDX syntax errors are located and explained', () => {
  const f = parseContentFile('a.mdx', 'content/a.mdx', `${head}\n<div>\n\nnever closed\n`);
  const d = f.diagnostics[0];
  assert.ok(d);
  assert.equal(formatDiagnostic(d).split('\n')[0], 'content/a.mdx:6:1: MDX syntax error: Expected a closing tag for `<div>` [mdx-syntax]');
  assert.equal(f.tree, null);
});

test('GitHub annotations escape what the workflow syntax reserves, on one line', () => {
  const line = githubAnnotation({ file: 'content/a,b.mdx', line: 3, column: 4, message: '100%\nsure', hint: 'Do it.', rule: 'x' });
  assert.equal(line, '::error file=content/a%2Cb.mdx,line=3,col=4,title=x::100%25 sure (Do it.)');
});

test('a byte-order mark is dropped and CRLF counts one line per break', () => {
  const src = '\uFEFF---\r\ntitle: T\r\ndescription: D\r\nextra: 1\r\n---\r\n\r\n<div>\r\n';
  const f = parseContentFile('a.mdx', 'content/a.mdx', src);
  assert.deepEqual(f.diagnostics.map((d) => formatDiagnostic(d).split('\n')[0]), [
    'content/a.mdx:4:1: Unknown frontmatter key `extra` [frontmatter]',
    'content/a.mdx:7:1: MDX syntax error: Expected a closing tag for `<div>` [mdx-syntax]',
  ]);
  assert.equal(f.frontmatter.data, null);
  assert.equal(f.frontmatter.raw.title, 'T');
});

test('nesting deeper than the call stack is walked, and heading ids still come out', () => {
  const f = parseContentFile('a.mdx', 'content/a.mdx', `${head}## Top\n\n${'>'.repeat(9_000)} deep\n`);
  assert.deepEqual(f.diagnostics, []);
  assert.ok(countNodes(f.tree!) > 9_000);
  assert.deepEqual(f.headingIds, ['top']);
});

test('a line past the parser limit, or too many open tags, is reported instead of parsed', () => {
  const long = parseContentFile('a.mdx', 'content/a.mdx', `${head}ok\n${'`x` '.repeat(3_000)}\n`);
  assert.equal(formatDiagnostic(long.diagnostics[0]!).split('\n')[0], `content/a.mdx:6:${MAX_LINE + 1}: Line is 12,000 characters long; outside code blocks a line may hold 10,000 [parser-limits]`);
  assert.equal(long.tree, null);
  const fenced = parseContentFile('a.mdx', 'content/a.mdx', `${head}\`\`\`text\n${'x'.repeat(20_000)}\n${'<Aside>\n'.repeat(200)}\`\`\`\n`);
  assert.deepEqual(fenced.diagnostics, [], 'code blocks may hold long lines and any text');
  const open = parseContentFile('a.mdx', 'content/a.mdx', `${head}${'<Aside>\n'.repeat(MAX_OPEN_TAGS + 1)}`);
  assert.equal(formatDiagnostic(open.diagnostics[0]!).split('\n')[0], `content/a.mdx:${5 + MAX_OPEN_TAGS}:1: More than 100 tags are open at once here [parser-limits]`);
});

test('messages and hints print on one line, whatever a rule put in them', () => {
  const text = formatDiagnostic({ file: 'content/a.mdx', line: 0, column: Number.NaN, message: 'two\nlines\u0000', hint: '', rule: 'x' });
  assert.equal(text, 'content/a.mdx:1:1: two lines [x]\n  hint: See CONTRIBUTING.md for what content may hold.');
});
