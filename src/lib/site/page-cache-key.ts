import { createHash } from 'node:crypto';
import type { PageData } from './page-data.ts';
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
 * The page's cache key. The table of contents is left out: it comes from the entry's headings,
 * which the entry digest already covers, and is not known before rendering.
 */
export function pageCacheKey(inputs: PageCacheInputs): string {
  const { toc: _toc, ...place } = inputs.page;
  const text = keyText({ v: 1, entry: inputs.entryDigest, place, meta: inputs.meta, settings: inputs.settings, code: inputs.codeDigest, ...(inputs.teaching ? { teaching: inputs.teaching } : {}) });
  return createHash('sha256').update(text).digest('base64url');
}

/** One digest of source files given as path and text, independent of the order they come in. */
export function codeDigest(files: readonly { path: string; text: string }[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(`${f.path}\0${f.text}\0`);
  return hash.digest('base64url');
}
