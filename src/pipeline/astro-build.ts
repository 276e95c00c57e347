import { Worker } from 'node:worker_threads';

/** What the worker passes to Astro's `build()`. */
export interface AstroBuildOptions {
  outDir: string;
  logLevel: 'info' | 'warn' | 'error';
  /** Astro's own summary of where its part of the build went. */
  timings: boolean;
}

/** Astro, loaded in a worker thread and waiting to build. */
export interface AstroWorker {
  /** Builds once; settles when the worker has ended. */
  build(options: AstroBuildOptions): Promise<void>;
  /** Ends the worker without building (the content had problems). */
  cancel(): Promise<void>;
}

/**
 * Starts `astro-build-worker.ts`, which loads Astro while the content is checked. Its build runs
 * on one core while this thread writes the Markdown copies on the other; Astro does not empty
 * the output folder first, so the caller gives a new one.
 */
export function startAstroWorker(): AstroWorker {
  const worker = new Worker(new URL('./astro-build-worker.ts', import.meta.url));
  // Until it is asked to build, a waiting worker does not keep the process alive.
  worker.unref();
  const ended = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Astro's build stopped with exit code ${code}.`))));
  });
  // A failure before build() is asked for is reported by build(), not as an unhandled rejection.
  ended.catch(() => undefined);
  return {
    build(options) {
      worker.ref();
      worker.postMessage(options);
      return ended;
    },
    async cancel() {
      await worker.terminate();
    },
  };
}
