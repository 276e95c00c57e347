/** Where a build is; the numbers index a shared Int32Array so a worker thread can read them. */
export const Stage = { idle: 0, loading: 1, compiling: 2, rendering: 3, done: 4 } as const;

/** Slots of the shared counter array; `parsed` counts the pages the content loader rendered. */
export const Slot = { stage: 0, parsed: 1, rendered: 2, total: 3 } as const;
export const SLOTS = 4;

/** The progress line for a snapshot of the counters, e.g. `rendering: 120/1000 pages (31.2s)`; null when idle or done. */
export function progressLine(counts: ArrayLike<number>, elapsedMs: number): string | null {
  const total = counts[Slot.total] ?? 0;
  const at = (slot: number) => Math.min(counts[slot] ?? 0, total);
  const elapsed = `(${(elapsedMs / 1000).toFixed(1)}s)`;
  switch (counts[Slot.stage]) {
    case Stage.loading:
      // The content loader renders every page's MDX before Astro bundles anything.
      return at(Slot.parsed) > 0 ? `loading content: ${at(Slot.parsed)}/${total} pages rendered ${elapsed}` : `loading content ${elapsed}`;
    case Stage.compiling:
      return `bundling ${elapsed}`;
    case Stage.rendering:
      return `rendering: ${at(Slot.rendered)}/${total} pages ${elapsed}`;
    default:
      return null;
  }
}
