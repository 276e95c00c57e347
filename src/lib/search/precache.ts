/** The service worker's precache: which URLs a first visit stores, under a name that changes with them. */

import { createHash } from 'node:crypto';

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

/** Files the worker never stores: itself, and maps. */
const SKIP = /^sw\.js$|\.map$/;

/** The URL a built file is requested at: folder pages by their folder URL, under the base. */
export function urlForFile(path: string, base: string): string {
  const page = /(^|\/)index\.html$/.exec(path);
  return base + (page ? path.slice(0, path.length - 'index.html'.length) : path);
}

/** Builds the precache list and a cache name hashed from every listed file's path and content. */
export function precacheFor(files: readonly SiteFile[], base: string): Precache {
  const kept = files.filter((f) => !SKIP.test(f.path)).sort((a, b) => a.path.localeCompare(b.path));
  const digest = createHash('sha256');
  for (const f of kept) digest.update(`${f.path}\0${f.hash}\n`);
  return { cacheName: `docs-${digest.digest('hex').slice(0, 16)}`, urls: kept.map((f) => urlForFile(f.path, base)) };
}
