import type { AstroIntegration } from 'astro';
import { pathToFileURL } from 'node:url';

/**
 * Keeps Astro's state (`.astro/`: the content modules, the dev data store, generated types) where
 * astro.config.mjs started Astro (`astroRoot`), while `project` is Astro's root for everything
 * else. Astro places `.astro/` in the root it starts with; this hook, which runs before any other,
 * then sets the root back to the project, so bundled module ids (and with them the built files'
 * names and scoped-style hashes) and the content entries' file paths are those of a build from the
 * project. A root given on the command line (`--root`) wins over the config: then `.astro/` is
 * the project's and this does nothing. Vite's dependency cache stays the project's
 * (`node_modules/.vite/`): moved per server, a cold one made `astro dev` start before its content
 * config had loaded. Astro reads `tsconfig.json` from the root it starts with, so a build with a
 * CACHE_DIR finds none; the site has no path aliases for it to miss.
 */
export function astroState(project: string): AstroIntegration {
  const projectUrl = pathToFileURL(project.endsWith('/') ? project : `${project}/`);
  return {
    name: 'astro-state',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        if (config.root.href === projectUrl.href) return;
        updateConfig({ root: projectUrl });
      },
    },
  };
}
