import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseContentFile } from '../../../src/lib/content/content-file.ts';
import { partFieldsRule } from '../../../src/lib/rules/part-fields.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics/diagnostics.ts';

function file(relPath: string, ...lines: string[]) {
  const source = `---\ntitle: ${relPath}\ndescription: A page.\n${lines.join('\n')}\n---\n\nBody.\n`;
  return parseContentFile(relPath, `content/${relPath}`, source);
}

const FIELDS = ['minutes: 20', 'prerequisites:', '  - Docker installed and working (part 1)', 'outcomes:', '  - The app running as a service of five containers'];

test('a part with minutes, prerequisites and outcomes passes, and they are valid frontmatter', () => {
  const part = file('s/a.mdx', 'part: 1', ...FIELDS);
  assert.deepEqual(part.diagnostics, []);
  assert.deepEqual(partFieldsRule([part]), []);
  assert.deepEqual(part.frontmatter.data?.prerequisites, ['Docker installed and working (part 1)']);
});

test('pages that are not parts need none of them', () => {
  assert.deepEqual(partFieldsRule([file('s/index.mdx', 'series: true'), file('notes.mdx')]), []);
});

test('a part without them gets one problem per missing field, at its part: line, saying what to add', () => {
  const lines = partFieldsRule([file('s/a.mdx', 'part: 2', 'minutes: 15')]).map(formatDiagnostic);
  assert.deepEqual(lines.map((l) => l.split('\n')[0]), [
    'content/s/a.mdx:4:1: Part 2 has no `prerequisites:`; every part of a series needs `minutes`, `prerequisites` and `outcomes` [part-fields]',
    'content/s/a.mdx:4:1: Part 2 has no `outcomes:`; every part of a series needs `minutes`, `prerequisites` and `outcomes` [part-fields]',
  ]);
  assert.match(lines[0]!, /hint: Add `prerequisites:` with one `- item` per line/);
  const [minutes] = partFieldsRule([file('s/b.mdx', 'part: 1', ...FIELDS.slice(1))]);
  assert.match(minutes?.hint ?? '', /^Add `minutes: 20`/);
});

test('the schema rejects a time that is not a positive whole number, and empty lists', () => {
  for (const bad of [['minutes: 0'], ['minutes: 12.5'], ['minutes: "20"'], ['prerequisites: []'], ['outcomes:', '  - ""']]) {
    const f = file('s/a.mdx', 'part: 1', ...bad);
    assert.equal(f.diagnostics.length, 1, bad.join(' '));
    assert.equal(f.diagnostics[0]?.rule, 'frontmatter');
  }
});
