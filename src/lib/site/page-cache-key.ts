import { createHash } from 'node:crypto';
import type { PageData, SideNav } from './page-data.ts';
import type { PageMeta } from './page-meta.ts';

/**
 * Everything a page's HTML is made from. Astro reuses a page's previous output only while its
 * key is unchanged, so each field here is something that, when it changes, must re-render it.
 */
export interface PageCacheInputs {
  /** The content entry's digest (body and frontmatter); null for a generated section page. */
  entryDigest: string | null;
  /** The page's place in the site as it shows it: title, breadcrumbs, side navigation, series, neighbours, children. */
  page: PageData;
  /** Edit link and last-updated date. */
  meta: PageMeta;
  /** Site-wide settings every page prints (origin, base path). */
  settings: { site: string; base: string };
  /** Digest of the layout, components, plugins and config (see `codeDigest`). */
  codeDigest: string;
  /** The search metadata naming the commands this page teaches: it depends on the pages before it. */
  teaching?: string | null;
}

/**
 * The text a key is hashed from: plain JSON, which different values never share. Its key order
 * is the order this code builds the objects in, and the code's digest is in every key, so equal
 * values give equal text; an order that differed could only re-render a page, never reuse a stale
 * one. Sorting keys instead cost ten times as much, and every page's side navigation lists all its
 * siblings: a site of flat, wide folders spent seconds of each build there.
 */
export function keyText(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

/**
 * Makes the cache keys of one build's pages. The table of contents is left out: it comes from the
 * entry's headings, which the entry digest already covers, and is not known before rendering.
 *
 * A folder's side navigation lists up to `SIDE_NAV_MAX` pages beside this one (a series' lists
 * all its parts), the same list on each of them, so hashing each page's whole list grows with
 * pages times siblings. Within one site model a whole list is decided by its heading (a series'
 * parts, or a folder's pages) and differs between its pages only in which item is current; so
 * each whole list is hashed once, and a page's key holds that digest and the position of the
 * current item. A long folder's window of pages
 * around the current one is short and differs from page to page: it is keyed as it is.
 */
export function pageCacheKeys(): (inputs: PageCacheInputs) => string {
  const lists = new Map<string, string>();
  const listDigest = (series: boolean, nav: SideNav) => {
    const at = `${series ? 'series' : 'folder'}\0${nav.heading.url}`;
    let digest = lists.get(at);
    if (digest === undefined) {
      digest = sha256(keyText(nav.items.map(({ current: _current, ...item }) => item)));
      lists.set(at, digest);
    }
    return digest;
  };
  return (inputs) => {
    const { toc: _toc, sideNav, ...place } = inputs.page;
    const side = sideNav && (sideNav.range === null ? { heading: sideNav.heading, items: listDigest(place.series !== null, sideNav), current: sideNav.items.findIndex((i) => i.current) } : sideNav);
    const text = keyText({ v: 2, entry: inputs.entryDigest, place, side, meta: inputs.meta, settings: inputs.settings, code: inputs.codeDigest, ...(inputs.teaching ? { teaching: inputs.teaching } : {}) });
    return sha256(text);
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** One digest of source files given as path and text, independent of the order they come in. */
export function codeDigest(files: readonly { path: string; text: string }[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(`${f.path}\0${f.text}\0`);
  return hash.digest('base64url');
}
