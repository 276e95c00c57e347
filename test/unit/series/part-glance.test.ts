import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineRuns, partGlance } from '../../../src/lib/series/part-glance.ts';

test('backticks in a prerequisite become inline code; a lone backtick stays text', () => {
  assert.deepEqual(inlineRuns('Run `docker ps` and `docker node ls` first'), [
    { code: false, text: 'Run ' },
    { code: true, text: 'docker ps' },
    { code: false, text: ' and ' },
    { code: true, text: 'docker node ls' },
    { code: false, text: ' first' },
  ]);
  assert.deepEqual(inlineRuns('a ` b'), [{ code: false, text: 'a ` b' }]);
});

test('a part has a glance with the time in words; other pages have none', () => {
  const fields = { minutes: 20, prerequisites: ['Docker installed'], outcomes: ['An image'] };
  assert.deepEqual(partGlance(3, fields), {
    time: 'About 20 minutes',
    prerequisites: [[{ code: false, text: 'Docker installed' }]],
    outcomes: [[{ code: false, text: 'An image' }]],
  });
  assert.equal(partGlance(1, { minutes: 1 })?.time, 'About 1 minute');
  assert.equal(partGlance(null, fields), null);
});
