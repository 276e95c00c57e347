import { Slot } from '../../lib/build-progress/progress-reporter.ts';

/*
 * The build's shared counters. Astro loads the render middleware from its own prerender bundle,
 * a second copy of every module, so no argument or module variable reaches it from the
 * integration: this process-wide slot is the one channel, and it lives here, beside the build,
 * not in src/lib. Everything else gets the counters from these three functions.
 */
const KEY = Symbol.for('docker-get-started.build-progress');

/** The build's shared counters (set up by the build-progress integration), or null outside a build. */
export function progressCounters(value?: Int32Array | null): Int32Array | null {
  const holder = globalThis as { [KEY]?: Int32Array | null };
  if (value !== undefined) holder[KEY] = value;
  return holder[KEY] ?? null;
}

/** Adds one to a counter, if a build is counting. */
export function countProgress(slot: number): void {
  const counts = progressCounters();
  if (counts) Atomics.add(counts, slot, 1);
}

/** Moves the build to a stage, and wakes the reporter so the line shows at once. */
export function enterStage(stage: number): void {
  const counts = progressCounters();
  if (!counts) return;
  Atomics.store(counts, Slot.stage, stage);
  Atomics.notify(counts, Slot.stage);
}
