import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { siteRoutes } from '../adapters/site-routes.ts';
import { parseContentFile, type ContentFile } from '../lib/content-file.ts';
import type { RouteTable } from '../lib/routes.ts';
import type { SiteConfig } from '../lib/site-config.ts';

/** Parsed content files by path, kept between requests: only files that changed are parsed again. */
export type ParseCache = Map<string, { source: string; file: ContentFile }>;

/**
 * The dev server's view of the content: the route table from the folder as it is now (a page
 * added while the server runs gets a route) and every page's file, parsed as the check parses it.
 */
export function devContentFiles(config: SiteConfig, parsed: ParseCache): { routes: RouteTable; files: Map<string, ContentFile> } {
  const routes = siteRoutes(config);
  const contentDir = resolve(config.contentDir);
  const files = new Map<string, ContentFile>();
  const sources = new Set<string>();
  for (const route of routes.routes) {
    if (route.kind !== 'page' || route.source === null) continue;
    sources.add(route.source);
    const source = readFileSync(join(contentDir, route.source), 'utf8');
    let known = parsed.get(route.source);
    if (known?.source !== source) {
      known = { source, file: parseContentFile(route.source, relative(process.cwd(), join(contentDir, route.source)), source) };
      parsed.set(route.source, known);
    }
    files.set(route.id, known.file);
  }
  for (const source of parsed.keys()) if (!sources.has(source)) parsed.delete(source);
  return { routes, files };
}
