import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readJsonCache, writeJsonCache } from './json-cache.ts';
import { gzipSync } from 'node:zlib';
import type { BuiltFile } from '../lib/offline/offline-plan.ts';
import { indexedText } from '../lib/search/build/vocabulary.ts';

/** What a file's bytes give the later steps, worked out once per distinct content. */
interface Derived {
  gzipBytes: number;
  /** For an HTML page: the text Pagefind indexes, which the vocabulary counts. */
  text?: string;
}


export interface SiteScan {
  /** Every file with its revision and compressed size, sorted by path. */
  files: BuiltFile[];
  /** The bytes of the Pagefind bundle, which the offline plan reads to see what each page needs. */
  pagefindBytes: Map<string, Buffer>;
  /** Each HTML page's indexed text, by path. */
  pageTexts: Map<string, string>;
  /** How many files were compressed and parsed here rather than taken from the cache. */
  derived: number;
  /** Each file's SHA-256 (hex) by path; a revision is its first twelve digits. */
  digests: Map<string, string>;
}

/** How a file's bytes are measured: the same bytes give other facts as a page or as a gzipped Pagefind file. */
function kindOf(path: string): 'page' | 'gzipped' | 'file' {
  if (path.endsWith('.html')) return 'page';
  // Pagefind's files are gzipped already; everything else is measured as a server would send it.
  return path.startsWith('pagefind/') && /\.pf_|\.pagefind$/.test(path) ? 'gzipped' : 'file';
}

/** Revision, size and text of one file's bytes; `hash` is the cache key (kind and content). */
export function describeFile(path: string, data: Buffer, known: Map<string, Derived>): { file: BuiltFile; derived: Derived; hash: string; fresh: boolean; sha: string } {
  const sha = createHash('sha256').update(data).digest('hex');
  const kind = kindOf(path);
  const hash = `${kind}:${sha}`;
  let derived = known.get(hash);
  const fresh = derived === undefined;
  if (!derived) {
    // A page already seen is not decoded again: its text is kept with its hash.
    const html = kind === 'page' ? data.toString('utf8') : null;
    const gzipBytes = kind === 'gzipped' ? data.length : gzipSync(data).length;
    derived = html === null ? { gzipBytes } : { gzipBytes, text: indexedText(html) };
  }
  return { file: { path, revision: sha.slice(0, 12), gzipBytes: derived.gzipBytes }, derived, hash, fresh, sha };
}

/**
 * Reads the files of a built site once each, for the vocabulary and the offline plan, in as many
 * passes as the build needs (the pages while Pagefind indexes them, its bundle once written).
 * Files whose bytes a previous build already saw (`cacheFile`, under the same `code` digest) are
 * not compressed or parsed again; `keep` rewrites the cache with this build's files only, entries
 * being keyed by content hash.
 */
export class SiteScanner {
  readonly #siteDir: string;
  readonly #cacheFile: string | null;
  readonly #code: string;
  readonly #known: Map<string, Derived>;
  readonly #kept: Record<string, Derived> = {};
  readonly #scan: SiteScan = { files: [], pagefindBytes: new Map(), pageTexts: new Map(), derived: 0, digests: new Map() };

  constructor(siteDir: string, cacheFile: string | null = null, code = '') {
    this.#siteDir = siteDir;
    this.#cacheFile = cacheFile;
    // What the cached facts also depend on: this file's rules and the compressor.
    this.#code = createHash('sha256').update(`${code}\0${process.versions.zlib}\0${readFileSync(import.meta.filename, 'utf8')}`).digest('base64url');
    this.#known = readJsonCache<Derived>(cacheFile, this.#code);
  }

  /**
   * Reads every file whose path `include` accepts. It gives the event loop a turn between files,
   * so that work waiting on another process (Pagefind's) is served while it runs.
   */
  async add(include: (path: string) => boolean): Promise<void> {
    const entries = readdirSync(this.#siteDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    for (const e of entries) {
      const full = join(e.parentPath, e.name);
      const path = relative(this.#siteDir, full).split('\\').join('/');
      if (!include(path)) continue;
      const data = readFileSync(full);
      if (path.startsWith('pagefind/')) this.#scan.pagefindBytes.set(path, data);
      const { file, derived, hash, fresh, sha } = describeFile(path, data, this.#known);
      if (fresh) this.#scan.derived++;
      this.#scan.digests.set(path, sha);
      this.#kept[hash] = derived;
      if (derived.text !== undefined) this.#scan.pageTexts.set(path, derived.text);
      this.#scan.files.push(file);
      await new Promise((done) => setImmediate(done));
    }
  }

  /** The SHA-256 (hex) of every file read so far, by path. */
  digests(): ReadonlyMap<string, string> {
    return this.#scan.digests;
  }

  /** The indexed text of every page read so far. */
  pageTexts(): Iterable<string> {
    return this.#scan.pageTexts.values();
  }

  /**
   * Writes the cache with what this build has read so far. The build calls it after the pages,
   * while Pagefind still indexes them: the bundle's files left out are mostly compressed already,
   * and the rest (its script and entry file) are small to compress again.
   */
  keep(): void {
    if (this.#cacheFile) writeJsonCache(this.#cacheFile, this.#code, Object.entries(this.#kept));
  }

  /** The scan so far, sorted by path. */
  finish(): SiteScan {
    this.#scan.files.sort((a, b) => a.path.localeCompare(b.path));
    return this.#scan;
  }
}

/** Reads every file of a built site in one pass (see `SiteScanner`). */
export async function scanBuiltSite(siteDir: string, cacheFile: string | null = null, code = ''): Promise<SiteScan> {
  const scanner = new SiteScanner(siteDir, cacheFile, code);
  await scanner.add(() => true);
  scanner.keep();
  return scanner.finish();
}

/** Adds a file written after the scan (the vocabulary) to it. */
export function addScannedFile(scan: SiteScan, path: string, data: Buffer): void {
  const { file, sha } = describeFile(path, data, new Map());
  scan.digests.set(path, sha);
  scan.files = [...scan.files.filter((f) => f.path !== path), file].sort((a, b) => a.path.localeCompare(b.path));
  if (path.startsWith('pagefind/')) scan.pagefindBytes.set(path, data);
}
