import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { listContentFiles } from '../../lib/content/content-set.ts';
import { SLOTS, Slot, Stage, progressLine } from '../../lib/build-progress/progress-reporter.ts';
import { enterStage, progressCounters } from './build-progress-counters.ts';

/** Milliseconds between two progress lines; `BUILD_PROGRESS_INTERVAL_MS` changes it (tests use a short one). */
const INTERVAL_MS = Number(process.env.BUILD_PROGRESS_INTERVAL_MS) || 2000;

/**
 * Prints how far a long build has got, every two seconds: pages rendered by the content loader
 * into the content layer, then routes written (counted by a middleware, which Astro runs for
 * every prerendered page). A worker thread prints, so the line keeps coming
 * while the main thread is busy. `BUILD_PROGRESS=off` turns it off.
 */
export function buildProgress(contentDir: string): AstroIntegration {
  let worker: Worker | undefined;
  let started = 0;
  const stop = () => {
    // The last line always shows, however short the build.
    const counts = progressCounters();
    const line = counts ? progressLine(counts, Date.now() - started) : null;
    if (line) console.log(line);
    enterStage(Stage.done);
    progressCounters(null);
  };
  return {
    name: 'build-progress',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'build' || process.env.BUILD_PROGRESS === 'off') return;
        const counts = new Int32Array(new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT));
        counts[Slot.total] = listContentFiles(contentDir).length;
        progressCounters(counts);
        enterStage(Stage.loading);
        started = Date.now();
        addMiddleware({ entrypoint: fileURLToPath(new URL('./build-progress-middleware.ts', import.meta.url)), order: 'pre' });
        worker = new Worker(new URL('./build-progress-worker.ts', import.meta.url), { workerData: { counts, intervalMs: INTERVAL_MS } });
        worker.unref();
      },
      'astro:build:start': () => enterStage(Stage.compiling),
      'astro:build:done': stop,
    },
  };
}
