import { resolve } from 'node:path';
import { listContentFiles } from '../lib/content/content-set.ts';
import { buildRouteTable, entryIdFromPath, type RouteTable } from '../lib/site/routes.ts';
import type { SiteConfig } from '../lib/site/site-config.ts';

/**
 * The route table from the content folder's file list, for code that runs before or beside
 * Astro's collection (the config's sitemap filter, dev search, the build script). Only the file
 * names are read, so it costs a directory listing.
 */
export function siteRoutes(config: Pick<SiteConfig, 'site' | 'base' | 'contentDir'>): RouteTable {
  const entries = listContentFiles(resolve(config.contentDir)).map((source) => ({ id: entryIdFromPath(source), source }));
  return buildRouteTable(entries, { site: config.site, base: config.base });
}
