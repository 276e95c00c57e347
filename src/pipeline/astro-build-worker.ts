// The worker thread `startAstroWorker` starts: `astro build` runs at once, and a Vite plugin
// holds it after bundling, before any page is generated, until the main thread says the content
// passed its check.
import { parentPort, workerData } from 'node:worker_threads';
import { build } from 'astro';
import type { ViteUserConfig } from 'astro';
import type { AstroBuildOptions, GateMessage } from './astro-build.ts';

type VitePlugin = NonNullable<ViteUserConfig['plugins']>[number];

const { outDir, logLevel, timings } = workerData as AstroBuildOptions;
const word = new Promise<GateMessage>((resolve) => parentPort!.once('message', resolve));

// Bundling reads the source, never the content's pages, so it overlaps the check. Vite runs the
// `post` buildApp hooks after Astro's bundles, in plugin order: this plugin is not `enforce:
// 'post'`, so it runs before Astro's own (which generates the pages). What bundling writes into
// `outDir` (scripts, styles, public/) is in the staging folder a failed check deletes.
const checkGate: VitePlugin = {
  name: 'content-check-gate',
  buildApp: {
    order: 'post',
    async handler() {
      await word;
    },
  },
};

// No inline root: astro.config.mjs (found in the working folder) sets it from the settings.
await build({ outDir, logLevel, vite: { plugins: [checkGate], build: { emptyOutDir: false } } }, { timings });
