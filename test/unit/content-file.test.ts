import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseContentFile } from '../../src/lib/content-file.ts';
import { formatDiagnostic, githubAnnotation } from '../../src/lib/diagnostics.ts';

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
