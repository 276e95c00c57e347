import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { contentTypeFor } from '../../lib/content/content-type.ts';
import { formatReport } from '../../lib/diagnostics/diagnostics.ts';
import { siteMarkdown, type MarkdownMemo } from '../../lib/markdown/site-markdown.ts';
import type { SiteConfig } from '../../lib/site/site-config.ts';
import { siteModel } from '../../lib/site/site-model.ts';
import { devContentFiles } from './dev-content-files.ts';
import { requestPath } from './dev-request.ts';

/** True for a path the build writes as Markdown text: a page's `index.md` or one of the `llms` files. */
function isMarkdownPath(path: string): boolean {
  return path.endsWith('/index.md') || path.endsWith('/llms.txt') || path.endsWith('/llms-full.txt');
}

/**
 * The Markdown copies and `llms*.txt` in `astro dev`, made from the content as it is at each
 * request by the code `npm run build` writes them with (the build writes them beside Astro's
 * output, from the content check's parse, so they are no Astro routes).
 */
export function devMarkdown(settings: SiteConfig): AstroIntegration {
  // The settings' base is the one astro.config.mjs gives Astro, normalised.
  const { base } = settings;
  return {
    name: 'dev-markdown',
    hooks: {
      'astro:server:setup': ({ server }) => {
        // Copies of unchanged pages are reused between requests; the code cannot change while the server runs.
        const memo: MarkdownMemo = { code: '', copies: new Map() };
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          const path = requestPath(req);
          if (path === null || !path.startsWith(base) || !isMarkdownPath(path)) return next();
          const { routes, files } = devContentFiles(settings);
          // A page being edited into a broken state keeps its own copy from serving; every other
          // page's copy still works (a page whose text does not parse keeps its title and listing).
          const route = routes.byUrl(path);
          const own = route?.copyOf ? files.get(route.copyOf) : undefined;
          if (own && own.diagnostics.length > 0) {
            const report = formatReport(own.diagnostics);
            return void res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`This page has problems; its Markdown copy waits for them:\n\n${report}`);
          }
          const sources = [...files.values()]
            .filter((f) => f.frontmatter.data)
            .map((f) => ({ id: f.id, relPath: f.relPath, data: f.frontmatter.data!, tree: f.tree, source: f.source }));
          const model = siteModel(sources, settings, { dates: new Map() });
          const text = siteMarkdown(sources, model, memo).files.get(path.slice(base.length));
          if (text === undefined) return next();
          res.writeHead(200, { 'content-type': contentTypeFor(path), 'cache-control': 'no-store' }).end(text);
        });
      },
    },
  };
}
