import { Worker } from 'node:worker_threads';

/** What the worker passes to Astro's `build()`. */
export interface AstroBuildOptions {
  outDir: string;
  logLevel: 'info' | 'warn' | 'error';
  /** Astro's own summary of where its part of the build went. */
  timings: boolean;
}

/** The main thread's word that the content passed its check: Astro writes pages only after it. */
export type GateMessage = { kind: 'go' };

/** Astro, building in a worker thread up to the point where it would write pages. */
export interface AstroWorker {
  /** Lets Astro write the site (the content passed its check); settles when the worker has ended. */
  proceed(): Promise<void>;
  /** Ends the worker without writing a page (the content had problems). */
  cancel(): Promise<void>;
}

/**
 * Starts `astro-build-worker.ts`, which begins `astro build` at once: while this thread checks
 * the content, Astro loads, reads its config and syncs the content layer, then waits at
 * `astro:build:start`, before anything is written to `outDir`. Only `proceed()` lets it go on;
 * `cancel()` ends it there or sooner. Astro does not empty `outDir` first, so the caller gives a
 * new one and writes the Markdown copies beside it.
 */
export function startAstroWorker(options: AstroBuildOptions): AstroWorker {
  const worker = new Worker(new URL('./astro-build-worker.ts', import.meta.url), { workerData: options });
  const ended = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Astro's build stopped with exit code ${code}.`))));
  });
  // A failure while the content is still being checked is reported by proceed(), not as an
  // unhandled rejection.
  ended.catch(() => undefined);
  return {
    proceed() {
      worker.postMessage({ kind: 'go' } satisfies GateMessage);
      return ended;
    },
    async cancel() {
      await worker.terminate();
    },
  };
}
