import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRouteTableJson, routeTableJson, type RouteTable } from '../lib/site/routes.ts';

/**
 * The build writes its route table into the site as `routes.json`, so the crawler, the static
 * server and the offline step read exactly the routes that were built, without Astro.
 */
export const ROUTES_FILE = 'routes.json';

/** Writes a built site's route table. */
export function writeRouteTable(siteDir: string, table: RouteTable): void {
  writeFileSync(join(siteDir, ROUTES_FILE), routeTableJson(table));
}

/** Reads a built site's route table; throws with what to do when the site has none. */
export function readRouteTable(siteDir: string): RouteTable {
  const path = join(siteDir, ROUTES_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path}: no route table; build the site with npm run build, which writes it.`);
  }
  return parseRouteTableJson(text, path);
}
