/** Counts a build's pages through its stages, for a progress line printed every few seconds. */
export interface BuildProgress {
  /** Starts a stage (e.g. "compiling"); a counted stage starts at zero. */
  stage(name: string, counted?: boolean): void;
  /** Records one page done in the named stage. */
  tick(stage: string): void;
  /** The line to print now, e.g. `rendering: 120/1000 pages (31.2s)`; null before any stage. */
  line(): string | null;
}

/** Creates a progress counter over `total` pages; `now` is injectable for tests. */
export function createBuildProgress(total: number, now: () => number = Date.now): BuildProgress {
  const started = now();
  const counts = new Map<string, number>();
  let current: string | null = null;
  return {
    stage(name, counted = true) {
      current = name;
      if (counted) counts.set(name, 0);
    },
    tick(stage) {
      counts.set(stage, (counts.get(stage) ?? 0) + 1);
    },
    line() {
      if (current === null) return null;
      const elapsed = `(${((now() - started) / 1000).toFixed(1)}s)`;
      if (!counts.has(current)) return `${current} ${elapsed}`;
      const done = Math.min(counts.get(current) ?? 0, total);
      // Vite bundles for a while after the last page compiled: say so rather than look stuck.
      if (current === 'compiling' && done === total) return `compiled ${total}/${total} pages, bundling ${elapsed}`;
      return `${current}: ${done}/${total} pages ${elapsed}`;
    },
  };
}

const KEY = Symbol.for('docker-get-started.build-progress');

/** The build's shared counter: set by the integration, ticked by the render middleware (same process). */
export function sharedBuildProgress(value?: BuildProgress | null): BuildProgress | null {
  const holder = globalThis as { [KEY]?: BuildProgress | null };
  if (value !== undefined) holder[KEY] = value;
  return holder[KEY] ?? null;
}
