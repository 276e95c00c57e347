import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { RouteTable } from '../lib/site/routes.ts';
import { collidingNames, metaFiles } from '../lib/search/build/fragment-reuse.ts';
import { checkIndexedCount, htmlHasArticle, htmlHasSearchBody, quickIndexedCount, type BuiltPage, type CountResult } from '../lib/search/build/index-count.ts';

/** Pagefind writes its own UIs too; the site uses its own search box, so these are removed. */
const UNUSED_BUNDLE_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

export interface IndexOutcome extends CountResult {
  indexed: number;
  /** Bytes of the written bundle (0 when nothing was written). */
  bundleBytes: number;
  /** Pagefind errors and count-rule problems together; empty when the index is good. */
  errors: string[];
  /** Files of the previous bundle kept in the new one, not written again. */
  reused: number;
}

/**
 * Files of a previous bundle that Pagefind would write again byte for byte (see
 * `fragment-reuse.ts`): put in place first, Pagefind leaves them as they are.
 */
export interface BundleReuse {
  /** The previous bundle's folder. */
  from: string;
  /** Bundle-relative paths, with the SHA-256 (hex) their bytes must have. */
  files: readonly { path: string; bytes: string }[];
}

/** Links (or copies) each file whose bytes are still the recorded ones into `out`, adding each to `placed`. */
function placeReused(out: string, reuse: BundleReuse, placed: string[]): void {
  for (const { path, bytes } of reuse.files) {
    const from = join(reuse.from, path);
    if (!existsSync(from)) continue;
    const to = join(out, path);
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(from, to);
    } catch (err) {
      // Another volume, or no hard links there: a copy, never over a file already in place.
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK') throw err;
      copyFileSync(from, to, constants.COPYFILE_EXCL);
    }
    // The bytes in place are checked, not the source's before linking; the file is listed first so
    // that a read that fails still has it removed (placeAll).
    placed.push(path);
    if (createHash('sha256').update(readFileSync(to)).digest('hex') !== bytes) {
      rmSync(to);
      placed.pop();
    }
  }
}

/** The files to keep, placed; a reuse that fails leaves nothing placed, and Pagefind writes everything. */
async function placeAll(out: string, reuse: () => Promise<BundleReuse | null>): Promise<string[]> {
  const placed: string[] = [];
  try {
    const reusable = await reuse();
    if (reusable) placeReused(out, reusable, placed);
    return placed;
  } catch {
    for (const path of placed) rmSync(join(out, path), { force: true });
    return [];
  }
}

/**
 * Checks a bundle written over reused files: when two fragments met on one name, it is written
 * again from nothing; otherwise reused files the new index does not refer to are removed.
 * Returns how many reused files stay.
 */
async function settleReused(index: pagefind.PagefindIndex, out: string, placed: readonly string[], errors: string[]): Promise<number> {
  if (placed.length === 0) return 0;
  const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { hash: string }> };
  const metas = Object.values(entry.languages ?? {}).map((l) => `pagefind.${l.hash}.pf_meta`);
  const referenced = metas.map((m) => metaFiles(m, readFileSync(join(out, m))));
  const fragments = referenced.flatMap((r) => r.fragments);
  const live = new Set(referenced.flatMap((r) => [...r.fragments, ...r.chunks, ...r.filters]));
  if (collidingNames(fragments, placed).length > 0) {
    // Only Pagefind's files go: the folder may hold a page of the site's own (`pagefind/index.html`).
    for (const p of new Set([...live, ...placed, ...metas])) rmSync(join(out, p), { force: true });
    const written = await index.writeFiles({ outputPath: out });
    errors.push(...written.errors);
    return 0;
  }
  const stale = placed.filter((p) => !live.has(p));
  for (const p of stale) rmSync(join(out, p));
  return placed.length - stale.length;
}

/** Reads every built HTML page of a site folder for the count rule. */
export function scanBuiltPages(siteDir: string): BuiltPage[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      const html = readFileSync(path, 'utf8');
      return { file: relative(siteDir, path).split('\\').join('/'), hasBody: htmlHasSearchBody(html), hasArticle: htmlHasArticle(html) };
    })
    .filter((p) => !p.file.startsWith('pagefind/'))
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Total pages in a Pagefind bundle, from its entry file (summed over languages). */
function indexedPages(entryJson: string): number {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((sum, lang) => sum + (lang.page_count ?? 0), 0);
}

/** Bytes of the files in a folder, sub-folders included. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/**
 * Indexes `siteDir` with Pagefind and writes `siteDir/pagefind/`, unless a Pagefind error or the
 * count rule fails, in which case no bundle is left behind and `errors` says why. `reuse` is asked,
 * once the pages are read, for files of the previous bundle to keep rather than write again.
 */
export async function indexSite(siteDir: string, table: RouteTable, reuse: () => Promise<BundleReuse | null> = async () => null): Promise<IndexOutcome> {
  const dir = resolve(siteDir);
  const errors: string[] = [];
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    errors.push(...created.errors);
    const index = created.index;
    if (!index) return { indexed: 0, bundleBytes: 0, errors, reused: 0, problems: [], contentPages: 0, generatedPages: 0 };
    const added = await index.addDirectory({ path: dir });
    errors.push(...added.errors);
    if (errors.length > 0) return { indexed: 0, bundleBytes: 0, errors, reused: 0, problems: [], contentPages: 0, generatedPages: 0 };
    // addDirectory's page_count counts every HTML file it read, the unindexed ones too (so it
    // tells whether there is a page outside the route table); the indexed count is in the
    // written entry file. So write once, check, and remove a bad bundle.
    const out = join(dir, 'pagefind');
    const placed = await placeAll(out, reuse);
    const written = await index.writeFiles({ outputPath: out });
    errors.push(...written.errors);
    const reused = errors.length > 0 ? 0 : await settleReused(index, out, placed, errors);
    const entryFile = join(out, 'pagefind-entry.json');
    const indexed = existsSync(entryFile) ? indexedPages(readFileSync(entryFile, 'utf8')) : 0;
    // Pagefind has read every page already; they are read again only to name what went wrong.
    const count =
      quickIndexedCount({
        htmlFiles: added.page_count,
        indexed,
        routes: table.routes,
        built: (file) => existsSync(join(dir, file)),
        hasBody: (file) => htmlHasSearchBody(readFileSync(join(dir, file), 'utf8')),
      }) ?? checkIndexedCount({ pages: scanBuiltPages(dir), routes: table.routes, indexed });
    errors.push(...count.problems);
    let bundleBytes = 0;
    if (errors.length > 0) rmSync(out, { recursive: true, force: true });
    else {
      for (const name of readdirSync(out)) {
        if (UNUSED_BUNDLE_FILES.test(name)) rmSync(join(out, name));
      }
      bundleBytes = folderBytes(out);
    }
    return { indexed, bundleBytes, errors, reused, ...count };
  } catch (err) {
    errors.push(`Pagefind failed: ${err instanceof Error ? err.message : String(err)}`);
    return { indexed: 0, bundleBytes: 0, errors, reused: 0, problems: [], contentPages: 0, generatedPages: 0 };
  } finally {
    await pagefind.close();
  }
}
