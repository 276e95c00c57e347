import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SLOTS, Slot, Stage, progressLine } from '../../../src/lib/build-progress/progress-reporter.ts';
import { countProgress, enterStage, progressCounters } from '../../../src/astro/integrations/build-progress-counters.ts';

const snapshot = (values: Partial<Record<keyof typeof Slot, number>>) => {
  const counts = new Array<number>(SLOTS).fill(0);
  for (const [k, v] of Object.entries(values)) counts[Slot[k as keyof typeof Slot]] = v;
  return counts;
};

test('the progress line names the stage and its counts, capped at the total', () => {
  assert.equal(progressLine(snapshot({ total: 3 }), 0), null);
  assert.equal(progressLine(snapshot({ stage: Stage.loading, total: 3 }), 2500), 'loading content (2.5s)');
  assert.equal(progressLine(snapshot({ stage: Stage.loading, parsed: 2, total: 3 }), 4000), 'loading content: 2/3 pages rendered (4.0s)');
  assert.equal(progressLine(snapshot({ stage: Stage.compiling, parsed: 3, total: 3 }), 6000), 'bundling (6.0s)');
  // The 404 page is rendered too: the count never reads more than the pages there are.
  assert.equal(progressLine(snapshot({ stage: Stage.rendering, rendered: 4, total: 3 }), 7000), 'rendering: 3/3 pages (7.0s)');
  assert.equal(progressLine(snapshot({ stage: Stage.done, total: 3 }), 8000), null);
});

test('counting is a no-op outside a build, and shared once a build sets the counters up', () => {
  progressCounters(null);
  countProgress(Slot.rendered);
  enterStage(Stage.rendering);
  const counts = new Int32Array(new SharedArrayBuffer(SLOTS * 4));
  progressCounters(counts);
  enterStage(Stage.rendering);
  countProgress(Slot.rendered);
  countProgress(Slot.rendered);
  assert.deepEqual([...counts], [Stage.rendering, 0, 2, 0]);
  progressCounters(null);
});
