import { resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentTypeFor } from '../lib/content-type.ts';
import { siteRoutes } from '../adapters/site-routes.ts';
import type { SiteConfig } from '../lib/site-config.ts';
import { VOCABULARY_FILE, vocabularyJson } from '../lib/search/vocabulary.ts';

/** Fetches every page the route table marks for search from the running dev server and indexes it in memory. */
async function buildBundle(origin: string, config: SiteConfig): Promise<Map<string, Uint8Array>> {
  // Read again on every rebuild: a page added while the server runs gets a route.
  const routes = siteRoutes(config).routes.filter((r) => r.search);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('\n'));
    const pages: string[] = [];
    for (const route of routes) {
      const response = await fetch(new URL(route.url, origin));
      const content = await response.text();
      pages.push(content);
      // Indexed by the path without the base, as the build does; the search client adds the base.
      const added = await index.addHTMLFile({ url: route.path, content });
      if (added.errors.length) throw new Error(added.errors.join('\n'));
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(fileErrors.join('\n'));
    // The did-you-mean words, as the build writes them beside the bundle.
    const vocabulary = new TextEncoder().encode(vocabularyJson(pages));
    return new Map([...files.map((f): [string, Uint8Array] => [f.path, f.content]), [VOCABULARY_FILE, vocabulary]]);
  } finally {
    await pagefind.close();
  }
}

/**
 * Search in `astro dev`: serves a Pagefind bundle under `<base>pagefind/`, built in memory from the
 * pages the dev server renders, on the first search request and again after any content change.
 */
export function devSearch(settings: SiteConfig): AstroIntegration {
  let base = '/';
  return {
    name: 'dev-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = resolve(settings.contentDir);
        let bundle: Promise<Map<string, Uint8Array>> | undefined;
        server.watcher.on('all', (_event, file) => {
          if (resolve(file).startsWith(contentDir + sep)) bundle = undefined;
        });
        const prefix = `${base}pagefind/`;
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          // Astro's dev server strips the base from req.url before this runs; connect keeps the original.
          const original = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
          const path = new URL(original, 'http://localhost').pathname;
          if (!path.startsWith(prefix)) return next();
          const started = !bundle;
          bundle ??= buildBundle(`http://${req.headers.host ?? 'localhost'}`, { ...settings, base });
          const current = bundle;
          if (started) void current.then((files) => logger.info(`search index built in memory (${files.size} files)`), () => undefined);
          current.then(
            (files) => {
              const file = files.get(decodeURIComponent(path.slice(prefix.length)));
              if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not in the search bundle');
              const type = contentTypeFor(path);
              res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(file);
            },
            (err: unknown) => {
              if (bundle === current) bundle = undefined;
              logger.error(`search index failed: ${err instanceof Error ? err.message : String(err)}`);
              res.writeHead(500, { 'content-type': 'text/plain' }).end('The search index could not be built; see the dev server log.');
            },
          );
        });
      },
    },
  };
}
