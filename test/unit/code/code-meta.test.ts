import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyDiffNotation, linesOutOfRange, parseFenceMeta } from '../../../src/lib/code/code-meta.ts';

test('title, marked lines and change lines are read from the fence meta', () => {
  const meta = parseFenceMeta('title="docker-compose.yml" {2,4-5} ins={7-8} del={3}');
  assert.equal(meta.title, 'docker-compose.yml');
  assert.deepEqual(meta.marked, [2, 4, 5]);
  assert.deepEqual(meta.ins, [7, 8]);
  assert.deepEqual(meta.del, [3]);
  assert.equal(meta.diff, false);
  assert.deepEqual(meta.problems, []);
});

test('single quotes, mark={…}, repeats and the diff flag', () => {
  const meta = parseFenceMeta("title='app.py' mark={3} {1,3} diff");
  assert.equal(meta.title, 'app.py');
  assert.deepEqual(meta.marked, [1, 3]);
  assert.equal(meta.diff, true);
});

test('empty meta means no options', () => {
  assert.deepEqual(parseFenceMeta(undefined), { marked: [], ins: [], del: [], diff: false, problems: [] });
  assert.deepEqual(parseFenceMeta('').problems, []);
});

test('what cannot be understood is reported, not guessed', () => {
  const meta = parseFenceMeta('titel="x" {5-3} ins=4 lines title=""');
  assert.deepEqual(meta.problems, [
    'unknown fence option `titel` (use title="…", {lines}, ins={lines}, del={lines} or diff)',
    '`5-3` in `{5-3}` is not a line or a range like 4-5',
    'unknown fence option `ins=4` (use title="…", {lines}, ins={lines}, del={lines} or diff)',
    'unknown fence option `lines` (use title="…", {lines}, ins={lines}, del={lines} or diff)',
    '`title` needs a quoted file name: title="Dockerfile"',
  ]);
});

test('diff notation strips the marker column and records added and removed lines', () => {
  const diff = applyDiffNotation(' services:\n-  web:\n+  app:\n     image: x\nplain');
  assert.equal(diff.code, 'services:\n  web:\n  app:\n    image: x\nplain');
  assert.deepEqual(diff.ins, [3]);
  assert.deepEqual(diff.del, [2]);
});

test('marks past the last line are found', () => {
  assert.deepEqual(linesOutOfRange(parseFenceMeta('{2,9} del={4}'), 3), [9, 4]);
});
