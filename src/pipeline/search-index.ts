import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { RouteTable } from '../lib/site/routes.ts';
import { checkIndexedCount, htmlHasArticle, htmlHasSearchBody, quickIndexedCount, type BuiltPage, type CountResult } from '../lib/search/build/index-count.ts';

/** Pagefind writes its own UIs too; the site uses its own search box, so these are removed. */
const UNUSED_BUNDLE_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

export interface IndexOutcome extends CountResult {
  indexed: number;
  /** Bytes of the written bundle (0 when nothing was written). */
  bundleBytes: number;
  /** Pagefind errors and count-rule problems together; empty when the index is good. */
  errors: string[];
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
 * count rule fails, in which case no bundle is left behind and `errors` says why.
 */
export async function indexSite(siteDir: string, table: RouteTable): Promise<IndexOutcome> {
  const dir = resolve(siteDir);
  const errors: string[] = [];
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    errors.push(...created.errors);
    const index = created.index;
    if (!index) return { indexed: 0, bundleBytes: 0, errors, problems: [], contentPages: 0, generatedPages: 0 };
    const added = await index.addDirectory({ path: dir });
    errors.push(...added.errors);
    if (errors.length > 0) return { indexed: 0, bundleBytes: 0, errors, problems: [], contentPages: 0, generatedPages: 0 };
    // addDirectory's page_count counts every HTML file it read, the unindexed ones too (so it
    // tells whether there is a page outside the route table); the indexed count is in the
    // written entry file. So write once, check, and remove a bad bundle.
    const out = join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath: out });
    errors.push(...written.errors);
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
    return { indexed, bundleBytes, errors, ...count };
  } catch (err) {
    errors.push(`Pagefind failed: ${err instanceof Error ? err.message : String(err)}`);
    return { indexed: 0, bundleBytes: 0, errors, problems: [], contentPages: 0, generatedPages: 0 };
  } finally {
    await pagefind.close();
  }
}
