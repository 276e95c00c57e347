import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { listContentFiles } from '../lib/content-set.ts';
import { createBuildProgress, sharedBuildProgress } from '../lib/progress-reporter.ts';

const INTERVAL_MS = 2000;

/**
 * Prints how far a long build has got every two seconds: MDX pages compiled by Vite, then pages
 * rendered (counted by a middleware, which Astro runs for every prerendered page). Also silences
 * the Vite warning printed once per MDX page about Astro's own `use astro:head-inject` marker.
 * `BUILD_PROGRESS=off` turns it off (the bench uses that to show it costs nothing).
 */
export function buildProgress(contentDir: string): AstroIntegration {
  let timer: ReturnType<typeof setInterval> | undefined;
  const print = () => {
    const line = sharedBuildProgress()?.line();
    if (line) console.log(line);
  };
  return {
    name: 'build-progress',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware, updateConfig }) => {
        if (command !== 'build' || process.env.BUILD_PROGRESS === 'off') return;
        const progress = createBuildProgress(listContentFiles(contentDir).length);
        sharedBuildProgress(progress);
        progress.stage('loading content', false);
        timer = setInterval(print, INTERVAL_MS);
        timer.unref();
        addMiddleware({ entrypoint: fileURLToPath(new URL('./build-progress-middleware.ts', import.meta.url)), order: 'pre' });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'build-progress-compiled',
                transform(_code: string, id: string) {
                  if (id.endsWith('.mdx')) progress.tick('compiling');
                },
              },
            ],
            build: {
              rolldownOptions: {
                onwarn(warning: { code?: string; message: string }, warn: (warning: { code?: string; message: string }) => void) {
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
                  warn(warning);
                },
              },
            },
          },
        });
      },
      'astro:build:start': () => {
        sharedBuildProgress()?.stage('compiling');
      },
      'astro:build:generated': () => print(),
      'astro:build:done': () => {
        clearInterval(timer);
        sharedBuildProgress(null);
      },
    },
  };
}
