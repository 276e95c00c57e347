import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentTypeFor } from '../../lib/content/content-type.ts';
import { siteRoutes } from '../../io/site-routes.ts';
import { requestPath } from './dev-request.ts';
import { parseContentFile } from '../../lib/content/content-file.ts';
import type { Frontmatter } from '../../lib/content/frontmatter-schema.ts';
import type { SiteConfig } from '../../lib/site/site-config.ts';
import { siteModel } from '../../lib/site/site-model.ts';
import { devSearchBody, devSearchPage } from '../../lib/search/build/dev-search-page.ts';
import { VOCABULARY_FILE, vocabularyJson } from '../../lib/search/build/vocabulary.ts';
import { formatTeaching, teachingSections } from '../../lib/search/build/teaching-sections.ts';

/** What the index keeps of each content file between builds: its text, frontmatter and searchable body. */
export type BodyCache = Map<string, { source: string; data: Frontmatter | null; body: string | null; headingIds: string[] }>;

/**
 * Indexes every page the route table marks for search, in memory, from the content files parsed
 * as the content check parses them, without rendering pages through the dev server (which would
 * compile and keep every page's modules in memory). Each file's tree is let go once its body is
 * taken, and only files that changed are parsed again.
 */
export async function devSearchBundle(config: SiteConfig, cache: BodyCache): Promise<Map<string, Uint8Array>> {
  // Read again on every rebuild: a page added while the server runs gets a route.
  const table = siteRoutes(config);
  const contentDir = resolve(config.contentDir);
  const bodies = new Map<string, { data: Frontmatter; body: string }>();
  const sources = new Set<string>();
  for (const route of table.routes) {
    if (route.kind !== 'page' || route.source === null) continue;
    sources.add(route.source);
    const source = readFileSync(join(contentDir, route.source), 'utf8');
    let known = cache.get(route.source);
    if (known?.source !== source) {
      const file = parseContentFile(route.source, relative(process.cwd(), join(contentDir, route.source)), source);
      known = { source, data: file.frontmatter.data, body: file.tree ? devSearchBody(file.tree, file.headingIds) : null, headingIds: file.headingIds };
      cache.set(route.source, known);
    }
    // A file that does not parse is left out; the dev server shows its error on the page.
    if (known.data && known.body !== null) bodies.set(route.id, { data: known.data, body: known.body });
  }
  for (const source of cache.keys()) if (!sources.has(source)) cache.delete(source);
  const model = siteModel([...table.routes].flatMap((r) => {
    const page = r.kind === 'page' && r.source !== null ? bodies.get(r.id) : undefined;
    return page ? [{ id: r.id, relPath: r.source!, data: page.data }] : [];
  }), config, { dates: new Map() });
  const { tree } = model;
  // Where each command is taught, as the build works it out, so dev search leads to the same sections.
  const taught = teachingSections(model.order.flatMap((id) => {
    const route = table.byId(id);
    const known = route?.source ? cache.get(route.source) : undefined;
    return known && route ? [{ id: route.id, body: known.source, headingIds: known.headingIds }] : [];
  }));
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('\n'));
    const pages: string[] = [];
    for (const route of table.routes) {
      if (!route.search || !tree.nodes.has(route.id)) continue;
      // A generated section page's listing is left out of search, as on the built page.
      const body = route.kind === 'page' ? bodies.get(route.id)?.body : '';
      if (body === undefined) continue;
      const html = devSearchPage(body, model.page(route.id), formatTeaching(taught.get(route.id)));
      // Indexed by the path without the base, as the build does; the search client adds the base.
      pages.push(html);
      const added = await index.addHTMLFile({ url: route.path, content: html });
      if (added.errors.length) throw new Error(added.errors.join('\n'));
    }
    const { files: bundle, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(fileErrors.join('\n'));
    // The did-you-mean words, as the build writes them beside the bundle.
    const vocabulary = new TextEncoder().encode(vocabularyJson(pages));
    return new Map([...bundle.map((f): [string, Uint8Array] => [f.path, f.content]), [VOCABULARY_FILE, vocabulary]]);
  } finally {
    await pagefind.close();
  }
}

/**
 * Search in `astro dev`: serves a Pagefind bundle under `<base>pagefind/`, built in memory from the
 * content files on the first search request, and again on the next search after a content change.
 */
export function devSearch(settings: SiteConfig): AstroIntegration {
  // The settings' base is the one astro.config.mjs gives Astro, normalised.
  const { base } = settings;
  return {
    name: 'dev-search',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = resolve(settings.contentDir);
        let bundle: Promise<Map<string, Uint8Array>> | undefined;
        // Builds run one after another: they share Pagefind's service, which each closes when done.
        let previous: Promise<unknown> = Promise.resolve();
        const parsed: BodyCache = new Map();
        server.watcher.on('all', (_event, file) => {
          if (resolve(file).startsWith(contentDir + sep)) bundle = undefined;
        });
        const prefix = `${base}pagefind/`;
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          const path = requestPath(req);
          if (path === null || !path.startsWith(prefix)) return next();
          if (!bundle) {
            bundle = previous.then(() => devSearchBundle(settings, parsed));
            previous = bundle.catch(() => undefined);
            void bundle.then((files) => logger.info(`search index built in memory (${files.size} files)`), () => undefined);
          }
          const current = bundle;
          current.then(
            (files) => {
              const file = files.get(path.slice(prefix.length));
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
