/** The service worker's precache: which URLs a first visit stores, under a name that changes with them. */

import { createHash } from 'node:crypto';
import type { RouteTable } from '../routes.ts';

export interface SiteFile {
  /** Path relative to the built site, `/`-separated. */
  path: string;
  /** Hash of the file's bytes. */
  hash: string;
}

export interface Precache {
  cacheName: string;
  urls: string[];
}

/** Files the worker never stores: itself, maps, and the build's route table. */
const SKIP = /^sw\.js$|\.map$|^routes\.json$/;

/**
 * Builds the precache list and a cache name hashed from every listed file's path and content.
 * A page is listed at its route's URL when its route says `precache`; other files at their path.
 */
export function precacheFor(files: readonly SiteFile[], table: RouteTable): Precache {
  const kept = files
    .filter((f) => !SKIP.test(f.path) && (table.byFile(f.path)?.precache ?? true))
    .sort((a, b) => a.path.localeCompare(b.path));
  const digest = createHash('sha256');
  for (const f of kept) digest.update(`${f.path}\0${f.hash}\n`);
  const urls = kept.map((f) => table.byFile(f.path)?.url ?? table.base + f.path);
  return { cacheName: `docs-${digest.digest('hex').slice(0, 16)}`, urls };
}
