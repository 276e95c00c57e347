import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { RouteTable } from '../src/lib/routes.ts';
import { readRouteTable } from './route-table-file.ts';
import { checkIndexedCount, htmlHasArticle, htmlHasSearchBody, type BuiltPage, type CountResult } from '../src/lib/search/index-count.ts';

const HELP = `Usage: node scripts/search-index.ts <site-dir>

Indexes a built site with Pagefind into <site-dir>/pagefind/ and checks the indexed page count
against the site's route table (<site-dir>/routes.json).
npm run build runs this step itself; run it alone to re-index a built folder.`;

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

/**
 * Indexes `siteDir` with Pagefind and writes `siteDir/pagefind/`, unless a Pagefind error or the
 * count rule fails, in which case nothing is written and `errors` says why.
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
    const files = await index.getFiles();
    errors.push(...files.errors);
    const entry = files.files.find((f) => f.path === 'pagefind-entry.json');
    const indexed = entry ? indexedPages(Buffer.from(entry.content).toString('utf8')) : 0;
    const count = checkIndexedCount({ pages: scanBuiltPages(dir), routes: table.routes, indexed });
    errors.push(...count.problems);
    let bundleBytes = 0;
    if (errors.length === 0) {
      const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
      errors.push(...written.errors);
      for (const name of readdirSync(join(dir, 'pagefind'))) {
        if (UNUSED_BUNDLE_FILES.test(name)) rmSync(join(dir, 'pagefind', name));
      }
      bundleBytes = files.files.filter((f) => !UNUSED_BUNDLE_FILES.test(f.path)).reduce((sum, f) => sum + f.content.length, 0);
    }
    return { indexed, bundleBytes, errors, ...count };
  } catch (err) {
    errors.push(`Pagefind failed: ${err instanceof Error ? err.message : String(err)}`);
    return { indexed: 0, bundleBytes: 0, errors, problems: [], contentPages: 0, generatedPages: 0 };
  } finally {
    await pagefind.close();
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.length === 0) {
    console.log(HELP);
    process.exit(args.includes('--help') ? 0 : 1);
  }
  const dir = args[0] ?? 'dist';
  const outcome = await indexSite(dir, readRouteTable(dir));
  for (const e of outcome.errors) console.error(e);
  console.log(`indexed ${outcome.indexed} pages, bundle ${(outcome.bundleBytes / 1024).toFixed(0)} KB`);
  process.exitCode = outcome.errors.length ? 1 : 0;
}
