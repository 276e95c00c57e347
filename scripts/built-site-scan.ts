import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltFile } from '../src/lib/offline/offline-plan.ts';
import { indexedText } from '../src/lib/search/vocabulary.ts';

/** What a file's bytes give the later steps, worked out once per distinct content. */
interface Derived {
  gzipBytes: number;
  /** For an HTML page: the text Pagefind indexes, which the vocabulary counts. */
  text?: string;
}

/** The scan's memory between builds: derived facts by content hash, valid for one code digest. */
interface ScanCacheFile {
  code: string;
  byHash: Record<string, Derived>;
}

export interface SiteScan {
  /** Every file with its revision, compressed size and (pages) title, sorted by path. */
  files: BuiltFile[];
  /** The bytes of the Pagefind bundle, which the offline plan reads to see what each page needs. */
  pagefindBytes: Map<string, Buffer>;
  /** Each HTML page's indexed text, by path. */
  pageTexts: Map<string, string>;
  /** How many files were compressed and parsed here rather than taken from the cache. */
  derived: number;
}

/** The text of a page's first h1, tags removed. */
function pageTitle(html: string): string | undefined {
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  return h1
    ?.replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .trim();
}

function readCache(file: string | null, code: string): Map<string, Derived> {
  if (!file || !existsSync(file)) return new Map();
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as Partial<ScanCacheFile>;
    return json.code === code && json.byHash ? new Map(Object.entries(json.byHash)) : new Map();
  } catch {
    // A damaged cache costs one full scan, never a wrong result.
    return new Map();
  }
}

/** Revision, size and text of one file's bytes. */
export function describeFile(path: string, data: Buffer, known: Map<string, Derived>): { file: BuiltFile; derived: Derived; hash: string; fresh: boolean } {
  const hash = createHash('sha256').update(data).digest('hex');
  const html = path.endsWith('.html') ? data.toString('utf8') : null;
  let derived = known.get(hash);
  const fresh = derived === undefined;
  if (!derived) {
    // Pagefind's files are gzipped already; everything else is measured as a server would send it.
    const gzipBytes = path.startsWith('pagefind/') && /\.pf_|\.pagefind$/.test(path) ? data.length : gzipSync(data).length;
    derived = html === null ? { gzipBytes } : { gzipBytes, text: indexedText(html) };
  }
  const title = html === null ? undefined : pageTitle(html);
  return { file: { path, revision: hash.slice(0, 12), gzipBytes: derived.gzipBytes, ...(title ? { title } : {}) }, derived, hash, fresh };
}

/**
 * Reads every file of a built site once, for the vocabulary and the offline plan. Files whose
 * bytes a previous build already saw (`cacheFile`, under the same `code` digest) are not
 * compressed or parsed again; the cache is rewritten with this build's files only.
 */
export function scanBuiltSite(siteDir: string, cacheFile: string | null = null, code = ''): SiteScan {
  const known = readCache(cacheFile, code);
  const kept: Record<string, Derived> = {};
  const pagefindBytes = new Map<string, Buffer>();
  const pageTexts = new Map<string, string>();
  let derivedCount = 0;
  const files = readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = join(e.parentPath, e.name);
      const path = relative(siteDir, full).split('\\').join('/');
      const data = readFileSync(full);
      if (path.startsWith('pagefind/')) pagefindBytes.set(path, data);
      const { file, derived, hash, fresh } = describeFile(path, data, known);
      if (fresh) derivedCount++;
      kept[hash] = derived;
      if (derived.text !== undefined) pageTexts.set(path, derived.text);
      return file;
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  if (cacheFile) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ code, byHash: kept } satisfies ScanCacheFile));
  }
  return { files, pagefindBytes, pageTexts, derived: derivedCount };
}

/** Adds a file written after the scan (the vocabulary) to it. */
export function addScannedFile(scan: SiteScan, path: string, data: Buffer): void {
  const { file } = describeFile(path, data, new Map());
  scan.files = [...scan.files.filter((f) => f.path !== path), file].sort((a, b) => a.path.localeCompare(b.path));
  if (path.startsWith('pagefind/')) scan.pagefindBytes.set(path, data);
}
