import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continuePart, parseProgress, progressStorageKey, withDone, type ProgressPart } from '../../../src/lib/series/series-progress.ts';

const parts: ProgressPart[] = [
  ['/get-started/orientation/', 'Part 1: Orientation'],
  ['/get-started/containers/', 'Part 2: Containers'],
  ['/get-started/services/', 'Part 3: Services'],
];

test('no progress yet: no Continue link', () => {
  assert.equal(continuePart(parts, parseProgress(null)), null);
});

test('Continue leads to the part read last while it is not done, else to the first part not done', () => {
  assert.deepEqual(continuePart(parts, { done: [], last: '/get-started/containers/' }), parts[1]);
  assert.deepEqual(continuePart(parts, { done: ['/get-started/orientation/'], last: '/get-started/orientation/' }), parts[1]);
  assert.deepEqual(continuePart(parts, { done: ['/get-started/containers/'], last: '/get-started/containers/' }), parts[0], 'a skipped part comes first');
  assert.equal(continuePart(parts, { done: parts.map(([u]) => u), last: '/get-started/services/' }), null, 'all done');
});

test('marking done and undoing keeps the rest of the state', () => {
  const state = withDone({ done: ['/a/'], last: '/b/' }, '/b/', true);
  assert.deepEqual(state, { done: ['/a/', '/b/'], last: '/b/' });
  assert.deepEqual(withDone(state, '/a/', false), { done: ['/b/'], last: '/b/' });
});

test('saved progress that is not ours reads as none; keys are per series', () => {
  assert.deepEqual(parseProgress('{"done":"x","last":3}'), { done: [], last: null });
  assert.deepEqual(parseProgress('not json'), { done: [], last: null });
  assert.deepEqual(parseProgress('{"done":["/a/",4]}'), { done: ['/a/'], last: null });
  assert.deepEqual(parseProgress('null'), { done: [], last: null });
  assert.equal(progressStorageKey('/docs/get-started/'), 'docs-progress:/docs/get-started/');
});
