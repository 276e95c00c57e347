/** Where a build is; the numbers index a shared Int32Array so a worker thread can read them. */
export const Stage = { idle: 0, loading: 1, compiling: 2, rendering: 3, done: 4 } as const;

/** Slots of the shared counter array. */
export const Slot = { stage: 0, parsed: 1, compiled: 2, rendered: 3, total: 4 } as const;
export const SLOTS = 5;

/** The progress line for a snapshot of the counters, e.g. `rendering: 120/1000 pages (31.2s)`; null when idle or done. */
export function progressLine(counts: ArrayLike<number>, elapsedMs: number): string | null {
  const total = counts[Slot.total] ?? 0;
  const at = (slot: number) => Math.min(counts[slot] ?? 0, total);
  const elapsed = `(${(elapsedMs / 1000).toFixed(1)}s)`;
  switch (counts[Slot.stage]) {
    case Stage.loading:
      return `loading content ${elapsed}`;
    case Stage.compiling:
      // MDX pages are parsed one after another, then finished together (highlighting, bundling).
      if (at(Slot.compiled) === total) return `compiled ${total}/${total} pages, bundling ${elapsed}`;
      return `compiling: ${at(Slot.parsed)}/${total} pages parsed, ${at(Slot.compiled)}/${total} compiled ${elapsed}`;
    case Stage.rendering:
      return `rendering: ${at(Slot.rendered)}/${total} pages ${elapsed}`;
    default:
      return null;
  }
}
