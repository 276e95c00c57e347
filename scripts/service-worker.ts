import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { precacheFor, type Precache, type SiteFile } from '../src/lib/offline/precache-list.ts';
import type { RouteTable } from '../src/lib/routes.ts';
import { readRouteTable } from './route-table-file.ts';

const HELP = `Usage: node scripts/service-worker.ts <site-dir>

Writes <site-dir>/sw.js: the service worker that precaches every page, asset and the Pagefind
bundle, so the site and its search work offline after a first visit. Run after Pagefind
(npm run build does both). Pages are listed as the site's routes.json says.`;

const SOURCE = resolve(import.meta.dirname, '../src/client/service-worker.js');

/** Lists every file of a built site with a hash of its bytes. */
export function siteFiles(siteDir: string): SiteFile[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return {
        path: relative(siteDir, path).split('\\').join('/'),
        hash: createHash('sha256').update(readFileSync(path)).digest('hex'),
      };
    });
}

/** Writes `sw.js` into a built site and returns what it precaches. */
export function writeServiceWorker(siteDir: string, table: RouteTable): Precache {
  const dir = resolve(siteDir);
  const precache = precacheFor(siteFiles(dir), table);
  const header = `const BASE = ${JSON.stringify(table.base)};\nconst PRECACHE = ${JSON.stringify(precache)};\n`;
  writeFileSync(join(dir, 'sw.js'), header + readFileSync(SOURCE, 'utf8'));
  return precache;
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir || dir === '--help') {
    console.log(HELP);
    process.exit(dir ? 0 : 1);
  }
  const { cacheName, urls } = writeServiceWorker(dir, readRouteTable(dir));
  console.log(`${dir}/sw.js: ${urls.length} files in cache ${cacheName}`);
}
