import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closest, editDistance } from '../../../src/lib/diagnostics/edit-distance.ts';

test('edit distance counts insertions, deletions and substitutions', () => {
  assert.equal(editDistance('servces', 'services'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('same', 'same'), 0);
});

test('closest suggests only a near candidate', () => {
  assert.equal(closest('../servces.mdx', ['../stacks.mdx', '../services.mdx']), '../services.mdx');
  assert.equal(closest('#about', ['#deploy', '#swarms']), undefined);
  assert.equal(closest('ab', ['xy']), 'xy', 'two edits are always close enough');
  assert.equal(closest('abc', ['xyz']), undefined);
});
