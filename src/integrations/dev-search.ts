import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { listContentFiles } from '../lib/content-set.ts';
import { parseContentFile, type ContentFile } from '../lib/content-file.ts';
import { buildContentTree } from '../lib/content-tree.ts';
import { pageData } from '../lib/page-data.ts';
import { urlPathForId } from '../lib/page-urls.ts';
import { searchFacets } from '../lib/search/search-facets.ts';
import { devSearchHtml } from '../lib/search/dev-search-page.ts';
import { siteConfigFromEnv } from '../lib/site-config.ts';

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

/** Parsed content files by path, kept between index builds: only files that changed are parsed again. */
type ParseCache = Map<string, { source: string; file: ContentFile }>;

/**
 * Indexes every content page in memory from its source, parsed as the content check parses it,
 * without rendering pages through the dev server (which would compile and keep every page's
 * modules in memory). The bundle is rebuilt from the parsed files, re-parsing only changed ones.
 */
async function buildBundle(contentDir: string, parsed: ParseCache): Promise<Map<string, Uint8Array>> {
  const paths = listContentFiles(contentDir);
  const files = paths.map((relPath) => {
    const source = readFileSync(join(contentDir, relPath), 'utf8');
    const known = parsed.get(relPath);
    if (known?.source === source) return known.file;
    const file = parseContentFile(relPath, relative(process.cwd(), join(contentDir, relPath)), source);
    parsed.set(relPath, { source, file });
    return file;
  });
  for (const relPath of parsed.keys()) if (!paths.includes(relPath)) parsed.delete(relPath);
  const usable = files.filter((f) => f.tree && f.frontmatter.data);
  const tree = buildContentTree(usable.map((f) => ({ id: f.id, relPath: f.relPath, data: f.frontmatter.data! })));
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('\n'));
    for (const file of usable) {
      const facets = searchFacets(pageData(tree, file.id));
      const added = await index.addHTMLFile({ url: urlPathForId(file.id), content: devSearchHtml(file.tree!, file.headingIds, facets) });
      if (added.errors.length) throw new Error(added.errors.join('\n'));
    }
    const { files: bundle, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(fileErrors.join('\n'));
    return new Map(bundle.map((f) => [f.path, f.content]));
  } finally {
    await pagefind.close();
  }
}

/**
 * Search in `astro dev`: serves a Pagefind bundle under `<base>pagefind/`, built in memory from the
 * content files on the first search request, and again on the next search after a content change.
 */
export function devSearch(): AstroIntegration {
  let base = '/';
  return {
    name: 'dev-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = resolve(siteConfigFromEnv(process.env).contentDir);
        let bundle: Promise<Map<string, Uint8Array>> | undefined;
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
          const started = !bundle;
          bundle ??= buildBundle(contentDir, parsed);
          const current = bundle;
          if (started) void current.then((files) => logger.info(`search index built in memory (${files.size} files)`), () => undefined);
          current.then(
            (files) => {
              const file = files.get(decodeURIComponent(path.slice(prefix.length)));
              if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not in the search bundle');
              const type = TYPES[/\.[a-z]+$/.exec(path)?.[0] ?? ''] ?? 'application/octet-stream';
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
