// The worker thread `startAstroWorker` starts: Astro loads at once, builds on the first message,
// then the thread ends.
import { parentPort } from 'node:worker_threads';
import { build } from 'astro';
import type { AstroBuildOptions } from './astro-build.ts';

const { outDir, logLevel, timings } = await new Promise<AstroBuildOptions>((resolve) => parentPort!.once('message', resolve));
// No inline root: astro.config.mjs (found in the working folder) sets it from the settings.
await build({ outDir, logLevel, vite: { build: { emptyOutDir: false } } }, { timings });
