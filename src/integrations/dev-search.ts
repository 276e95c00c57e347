import { resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentTypeFor } from '../lib/content-type.ts';
import { devContentFiles, type ParseCache } from './dev-content-files.ts';
import type { SiteConfig } from '../lib/site-config.ts';
import type { MdastNode } from 'satteri';
import { buildContentTree } from '../lib/content-tree.ts';
import { pageData } from '../lib/page-data.ts';
import { searchFacets } from '../lib/search/search-facets.ts';
import { devSearchHtml } from '../lib/search/dev-search-page.ts';
import { VOCABULARY_FILE, vocabularyJson } from '../lib/search/vocabulary.ts';

/** A generated section page's searchable text: the pages it lists, as its article shows them. */
function sectionTree(items: readonly { title: string; description: string }[]): MdastNode {
  const paragraph = (value: string) => ({ type: 'paragraph', children: [{ type: 'text', value }] });
  return { type: 'root', children: items.map((c) => paragraph(`${c.title}. ${c.description}`)) } as unknown as MdastNode;
}

/**
 * Indexes every page the route table marks for search, in memory, from the content files parsed
 * as the content check parses them, without rendering pages through the dev server (which would
 * compile and keep every page's modules in memory). Only files that changed are parsed again.
 */
async function buildBundle(config: SiteConfig, parsed: ParseCache): Promise<Map<string, Uint8Array>> {
  const content = devContentFiles(config, parsed);
  const routes = content.routes.routes.filter((r) => r.search);
  const files = content.files;
  const usable = [...files.values()].filter((f) => f.tree && f.frontmatter.data);
  const tree = buildContentTree(usable.map((f) => ({ id: f.id, relPath: f.relPath, data: f.frontmatter.data! })));
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('\n'));
    const pages: string[] = [];
    for (const route of routes) {
      const file = files.get(route.id);
      // A file that does not parse is left out; the dev server shows its error on the page.
      if (file && !(file.tree && file.frontmatter.data)) continue;
      if (!tree.nodes.has(route.id)) continue;
      const page = pageData(tree, route.id);
      const html = file?.tree ? devSearchHtml(file.tree, file.headingIds, searchFacets(page)) : devSearchHtml(sectionTree(page.children), [], searchFacets(page));
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
        // Builds run one after another: they share Pagefind's service, which each closes when done.
        let previous: Promise<unknown> = Promise.resolve();
        const parsed: ParseCache = new Map();
        server.watcher.on('all', (_event, file) => {
          if (resolve(file).startsWith(contentDir + sep)) bundle = undefined;
        });
        const prefix = `${base}pagefind/`;
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          // Astro's dev server strips the base from req.url before this runs; connect keeps the original.
          const original = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
          const path = new URL(original, 'http://localhost').pathname;
          if (!path.startsWith(prefix)) return next();
          if (!bundle) {
            bundle = previous.then(() => buildBundle({ ...settings, base }, parsed));
            previous = bundle.catch(() => undefined);
            void bundle.then((files) => logger.info(`search index built in memory (${files.size} files)`), () => undefined);
          }
          const current = bundle;
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
