import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guardRule, isRuleFault } from '../../../src/lib/rules/guard.ts';
import { contentSet, page } from '../../helpers/content-strings.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics/diagnostics.ts';

test('a rule that throws becomes one problem on the file that makes it throw', () => {
  const files = contentSet({ 'a.mdx': page('A', 'fine'), 'b.mdx': page('B', 'boom') });
  const fragile = guardRule('fragile', (fs) => fs.flatMap((f) => {
    if (f.source.includes('boom')) throw new TypeError('cannot read x');
    return [];
  }));
  const [d, ...rest] = fragile(files);
  assert.deepEqual(rest, []);
  assert.ok(d && isRuleFault(d));
  assert.equal(formatDiagnostic(d).split('\n')[0], 'content/b.mdx:1:1: The `fragile` check could not finish on this file: cannot read x [fragile]');
});

test('a rule that works passes through unchanged', () => {
  const files = contentSet({ 'a.mdx': page('A', '') });
  const d = { file: 'content/a.mdx', line: 2, column: 3, message: 'm', hint: 'h', rule: 'r' };
  assert.deepEqual(guardRule('r', () => [d])(files), [d]);
});
