/**
 * Which pages each Pagefind file serves, read from the bundle itself, so a saved section takes
 * the index chunks and fragments its pages need and no others. Pagefind 1.6 writes every file
 * gzipped with a `pagefind_dcd` signature; the meta file and index chunks are CBOR, fragments JSON.
 */
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import type { SearchFileUse } from './offline-plan.ts';
import { eachChunkPage } from './pagefind-chunk-pages.ts';

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

/** A fragment's URL: Pagefind writes it as the first field, so the page's text need not be parsed. */
function fragmentUrl(json: string): string | undefined {
  const head = /^\{"url":("(?:[^"\\]|\\.)*")/.exec(json)?.[1];
  if (head !== undefined) return JSON.parse(head) as string;
  return (JSON.parse(json) as { url?: string }).url;
}

/** The pages (as HTML files) that every index chunk and fragment of the bundle serves. */
export function pagefindUses(bundle: PagefindBundle): SearchFileUse[] {
  // meta: [version, pages: [fragmentHash, wordCount, groupHash][], chunks: [from, to, hash][], ...]
  const meta = decode(pagefindPayload(bundle.meta.path, bundle.meta.bytes)) as [string, [string, number, string][], [string, string, string][]];
  const pageHashes = meta[1].map((p) => p[0]);
  const fileByHash = new Map<string, string>();
  const uses: SearchFileUse[] = [];
  for (const fragment of bundle.fragments) {
    const url = fragmentUrl(Buffer.from(pagefindPayload(fragment.path, fragment.bytes)).toString('utf8'));
    const file = url === undefined ? undefined : bundle.fileForUrl(url);
    const hash = /([^/]+)\.pf_fragment$/.exec(fragment.path)?.[1];
    if (hash && file) fileByHash.set(hash, file);
    uses.push({ path: fragment.path, pages: file ? [file] : [] });
  }
  // Each page number's file as a place in the sorted list of files, so a chunk's pages are
  // gathered without strings and come out sorted without comparing them.
  const files = [...new Set(fileByHash.values())].sort();
  const place = new Map(files.map((f, i) => [f, i]));
  const placeOf = Int32Array.from(pageHashes, (h) => {
    const file = fileByHash.get(h);
    return file === undefined ? -1 : place.get(file)!;
  });
  const seenIn = new Int32Array(files.length).fill(-1);
  bundle.indexChunks.forEach((chunk, c) => {
    const places: number[] = [];
    const payload = pagefindPayload(chunk.path, chunk.bytes);
    try {
      eachChunkPage(payload, (n) => {
        const p = n < placeOf.length ? placeOf[n]! : -1;
        if (p >= 0 && seenIn[p] !== c) {
          seenIn[p] = c;
          places.push(p);
        }
      });
    } catch (err) {
      throw new Error(`${chunk.path}: not an index chunk Pagefind 1.6 writes (${err instanceof Error ? err.message : String(err)}); rebuild the search index.`);
    }
    uses.push({ path: chunk.path, pages: places.sort((a, b) => a - b).map((p) => files[p]!) });
  });
  return uses;
}
