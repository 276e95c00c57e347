import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { siteRoutes } from '../../io/site-routes.ts';
import { parseContentFile, type ContentFile } from '../../lib/content/content-file.ts';
import type { RouteTable } from '../../lib/site/routes.ts';
import type { SiteConfig } from '../../lib/site/site-config.ts';

/**
 * The dev server's view of the content: the route table from the folder as it is now (a page
 * added while the server runs gets a route) and every page's file, parsed as the check parses
 * it. Nothing is kept: the trees are the caller's to let go.
 */
export function devContentFiles(config: SiteConfig): { routes: RouteTable; files: Map<string, ContentFile> } {
  const routes = siteRoutes(config);
  const contentDir = resolve(config.contentDir);
  const files = new Map<string, ContentFile>();
  for (const route of routes.routes) {
    if (route.kind !== 'page' || route.source === null) continue;
    const path = join(contentDir, route.source);
    files.set(route.id, parseContentFile(route.source, relative(process.cwd(), path), readFileSync(path, 'utf8')));
  }
  return { routes, files };
}
