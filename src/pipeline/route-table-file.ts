import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseRouteTableJson, routeTableJson, type RouteTable } from '../lib/site/routes.ts';

/**
 * The build keeps the route table it built in its cache folder, with the folder it built into,
 * so a local tool (`npm run check:dist`) reads exactly the routes that were built. It is not
 * published: nothing a reader's browser fetches needs it.
 */
export const ROUTES_FILE = 'routes.json';

/** Records the table of the site built into `siteDir`. */
export function writeRouteTable(cacheDir: string, siteDir: string, table: RouteTable): void {
  mkdirSync(cacheDir, { recursive: true });
  const json = JSON.parse(routeTableJson(table)) as object;
  writeFileSync(join(cacheDir, ROUTES_FILE), `${JSON.stringify({ siteDir: resolve(siteDir), ...json }, null, 2)}\n`);
}

/** The table of the site last built into `siteDir` with this cache; throws with what to do when there is none. */
export function readRouteTable(cacheDir: string, siteDir: string): RouteTable {
  const path = join(cacheDir, ROUTES_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path}: no route table; build the site with npm run build (and the same CACHE_DIR), which writes it.`);
  }
  const built = (JSON.parse(text) as { siteDir?: unknown }).siteDir;
  if (built !== resolve(siteDir)) {
    throw new Error(`${path} is the route table of ${String(built)}, not of ${resolve(siteDir)}; build that folder with npm run build (OUT_DIR=${siteDir}) and the same CACHE_DIR.`);
  }
  return parseRouteTableJson(text, path);
}
