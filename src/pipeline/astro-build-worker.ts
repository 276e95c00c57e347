// The worker thread `startAstroWorker` starts: `astro build` runs at once, and an integration
// holds it at `astro:build:start` until the main thread says the content passed its check.
import { parentPort, workerData } from 'node:worker_threads';
import { build } from 'astro';
import type { AstroIntegration } from 'astro';
import type { AstroBuildOptions, GateMessage } from './astro-build.ts';

const { outDir, logLevel, timings } = workerData as AstroBuildOptions;
const word = new Promise<GateMessage>((resolve) => parentPort!.once('message', resolve));

const checkGate: AstroIntegration = {
  name: 'content-check-gate',
  hooks: {
    'astro:build:start': async () => {
      await word;
    },
  },
};

// No inline root: astro.config.mjs (found in the working folder) sets it from the settings.
await build({ outDir, logLevel, integrations: [checkGate], vite: { build: { emptyOutDir: false } } }, { timings });
