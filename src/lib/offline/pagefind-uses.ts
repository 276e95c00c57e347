/**
 * Which pages each Pagefind file serves, read from the bundle itself, so a saved section takes
 * the index chunks and fragments its pages need and no others. Pagefind 1.6 writes every file
 * gzipped with a `pagefind_dcd` signature; the meta file and index chunks are CBOR, fragments JSON.
 */
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import type { SearchFileUse } from './offline-plan.ts';

const SIGNATURE = 'pagefind_dcd';

/** The payload of one Pagefind file: gunzipped, signature checked and removed. */
export function pagefindPayload(name: string, gzipped: Uint8Array): Uint8Array {
  const raw = gunzipSync(gzipped);
  if (Buffer.from(raw.subarray(0, SIGNATURE.length)).toString('latin1') !== SIGNATURE) {
    throw new Error(`${name}: not a Pagefind 1.6 file (no ${SIGNATURE} signature); rebuild the search index.`);
  }
  return raw.subarray(SIGNATURE.length);
}

export interface PagefindBundle {
  /** The `.pf_meta` file of the one language, gzipped, with its path. */
  meta: { path: string; bytes: Uint8Array };
  indexChunks: { path: string; bytes: Uint8Array }[];
  fragments: { path: string; bytes: Uint8Array }[];
  /** The site-relative HTML file a page URL is served from (`/a/` → `a/index.html`). */
  fileForUrl(url: string): string | undefined;
}

/** The pages (as HTML files) that every index chunk and fragment of the bundle serves. */
export function pagefindUses(bundle: PagefindBundle): SearchFileUse[] {
  // meta: [version, pages: [fragmentHash, wordCount, groupHash][], chunks: [from, to, hash][], ...]
  const meta = decode(pagefindPayload(bundle.meta.path, bundle.meta.bytes)) as [string, [string, number, string][], [string, string, string][]];
  const pageHashes = meta[1].map((p) => p[0]);
  const fileByHash = new Map<string, string>();
  const uses: SearchFileUse[] = [];
  for (const fragment of bundle.fragments) {
    const json = JSON.parse(Buffer.from(pagefindPayload(fragment.path, fragment.bytes)).toString('utf8')) as { url?: string };
    const file = json.url === undefined ? undefined : bundle.fileForUrl(json.url);
    const hash = /([^/]+)\.pf_fragment$/.exec(fragment.path)?.[1];
    if (hash && file) fileByHash.set(hash, file);
    uses.push({ path: fragment.path, pages: file ? [file] : [] });
  }
  for (const chunk of bundle.indexChunks) {
    // chunk: [[word, [pageDelta, locations, ...][], ...][], ...]; each word's page numbers are
    // stored as differences from the previous one.
    const [words] = decode(pagefindPayload(chunk.path, chunk.bytes)) as [[string, [number, ...unknown[]][], ...unknown[]][]];
    const pages = new Set<string>();
    for (const word of words) {
      let number = 0;
      for (const hit of word[1]) {
        number += hit[0];
        const file = fileByHash.get(pageHashes[number] ?? '');
        if (file) pages.add(file);
      }
    }
    uses.push({ path: chunk.path, pages: [...pages].sort() });
  }
  return uses;
}
