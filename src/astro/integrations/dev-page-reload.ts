import type { AstroIntegration } from 'astro';
import { onNewestHtml } from '../loaders/dev-newest-html.ts';

/**
 * Reloads open pages in `astro dev` as soon as an edited page is rendered, since its request
 * already serves the new HTML (see dev-newest-html.ts). Astro reloads them once more when it has
 * written the content store, which brings the page's headings and frontmatter.
 */
export function devPageReload(): AstroIntegration {
  return {
    name: 'dev-page-reload',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const off = onNewestHtml(() => server.environments.client.hot.send({ type: 'full-reload', path: '*' }));
        // A restart (the config edited) sets up a new server: the old one must stop listening.
        server.httpServer?.once('close', off);
      },
    },
  };
}
