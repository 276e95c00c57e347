import type { AstroIntegration } from 'astro';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Keeps Astro's state (`.astro/`: the content modules, the dev data store, generated types) and
 * Vite's dependency cache in `stateRoot`, while the project stays Astro's root for everything
 * else. Astro places `.astro/` in the root it starts with, so astro.config.mjs starts it in
 * `stateRoot`; this hook, which runs before any other, then sets the root back to the project:
 * bundled module ids, and so the scoped-style hashes of the built pages, stay as a build from the
 * project makes them. A root given on the command line (`--root`) wins over both: then
 * `.astro/` is the project's.
 */
export function astroState(project: string): AstroIntegration {
  const projectUrl = pathToFileURL(project.endsWith('/') ? project : `${project}/`);
  return {
    name: 'astro-state',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        if (config.root.href === projectUrl.href) return;
        updateConfig({
          root: projectUrl,
          vite: { cacheDir: fileURLToPath(new URL('node_modules/.vite/', config.root)) },
        });
      },
    },
  };
}
