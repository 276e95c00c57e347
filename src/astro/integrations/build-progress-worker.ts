import { writeSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { Slot, Stage, progressLine } from '../../lib/build-progress/progress-reporter.ts';

// Runs on its own thread: the main thread can be busy for tens of seconds compiling MDX, and a
// timer there would not fire. Writes straight to stdout's descriptor for the same reason.
const { counts, intervalMs } = workerData as { counts: Int32Array; intervalMs: number };
const started = Date.now();
for (;;) {
  const stage = Atomics.load(counts, Slot.stage);
  if (stage === Stage.done) break;
  Atomics.wait(counts, Slot.stage, stage, intervalMs);
  const line = progressLine(counts, Date.now() - started);
  if (line && Atomics.load(counts, Slot.stage) !== Stage.done) writeSync(1, `${line}\n`);
}
