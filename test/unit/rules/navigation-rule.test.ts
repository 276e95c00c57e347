import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseContentFile } from '../../../src/lib/content/content-file.ts';
import { navigationRule } from '../../../src/lib/rules/navigation.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics/diagnostics.ts';

/** A content file from frontmatter lines; `part` and friends land on known lines. */
function file(relPath: string, ...lines: string[]) {
  const source = `---\ntitle: ${relPath}\ndescription: A page.\n${lines.join('\n')}\n---\n\nBody.\n`;
  return parseContentFile(relPath, `content/${relPath}`, source);
}

const series = file('s/index.mdx', 'series: true');

function report(files: ReturnType<typeof file>[]): string[] {
  return navigationRule(files).map(formatDiagnostic).map((s) => s.split('\n')[0]!);
}

test('a sound series passes', () => {
  assert.deepEqual(report([series, file('s/a.mdx', 'part: 1'), file('s/b.mdx', 'part: 2'), file('s/notes.mdx')]), []);
});

test('two pages with the same part: both are named, at their `part` lines', () => {
  const lines = report([series, file('s/a.mdx', 'part: 1'), file('s/b.mdx', 'part: 1')]);
  const both = 'Part 1 is used by 2 pages: `content/s/a.mdx` (line 4) and `content/s/b.mdx` (line 4)';
  assert.ok(lines.includes(`content/s/a.mdx:4:1: ${both} [navigation]`), lines.join('\n'));
  assert.ok(lines.includes(`content/s/b.mdx:4:1: ${both} [navigation]`), lines.join('\n'));
});

test('a gap names the pages on both sides of it', () => {
  const lines = report([series, file('s/a.mdx', 'part: 1'), file('s/c.mdx', 'order: 3', 'part: 3'), file('s/d.mdx', 'part: 4')]);
  const gap = 'The series `content/s/index.mdx` has no part 2 between `content/s/a.mdx` (line 4) and `content/s/c.mdx` (line 5)';
  assert.ok(lines.includes(`content/s/a.mdx:4:1: ${gap} [navigation]`), lines.join('\n'));
  assert.ok(lines.includes(`content/s/c.mdx:5:1: ${gap} [navigation]`), lines.join('\n'));
});

test('a part past the number of parts is out of range', () => {
  const lines = report([series, file('s/a.mdx', 'part: 1'), file('s/b.mdx', 'part: 7')]);
  assert.ok(lines.includes('content/s/b.mdx:4:1: Part 7 is out of range: the series `content/s/index.mdx` has 2 parts, numbered 1 to 2 [navigation]'), lines.join('\n'));
});

test('`part` outside a series and `series` off an index are errors at their lines', () => {
  const lines = report([file('loose/x.mdx', 'part: 1'), file('s/y.mdx', 'series: true')]);
  assert.deepEqual(lines, [
    'content/s/y.mdx:4:1: `series` is set on a page that is not a folder\'s index.mdx [navigation]',
    'content/loose/x.mdx:4:1: `part` is set, but the folder `loose` is not a series [navigation]',
  ]);
});

test('`part` on the series index itself is an error', () => {
  const lines = report([file('s/index.mdx', 'series: true', 'part: 1')]);
  assert.deepEqual(lines, ['content/s/index.mdx:5:1: `part` is set on a folder\'s index page [navigation]']);
});

test('two files served at one URL are both named', () => {
  const lines = report([file('a.mdx'), file('a/index.mdx'), file('b.mdx')]);
  const msg = '`content/a.mdx` and `content/a/index.mdx` are both served at /a/';
  assert.deepEqual(lines, [`content/a.mdx:1:1: ${msg} [navigation]`, `content/a/index.mdx:1:1: ${msg} [navigation]`]);
});

test('URLs that differ only in case collide too', () => {
  const lines = report([file('Guide.mdx'), file('guide.mdx')]);
  assert.equal(lines.length, 2);
  assert.match(lines[0]!, /`content\/Guide\.mdx` and `content\/guide\.mdx` are both served at \/guide\//);
});
