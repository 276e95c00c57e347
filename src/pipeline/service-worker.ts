import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import type { RouteTable } from '../lib/site/routes.ts';
import { MANIFEST_FILE, parseBudget, planOffline, type OfflinePlan, type SearchFileUse } from '../lib/offline/offline-plan.ts';
import { pagefindUses } from '../lib/offline/pagefind-uses.ts';
import { scanBuiltSite, type SiteScan } from './built-site-scan.ts';

const SOURCE = resolve(import.meta.dirname, '../client/service-worker.ts');

/** The offline plan, and the pages each search file serves, which it was made from. */
export type OfflinePlanWithSearch = OfflinePlan & { searchFiles: readonly SearchFileUse[] };

/** Plans the offline cache of a built site from its scan (no files written). */
export function offlinePlanFor(scan: SiteScan, table: RouteTable, titles: ReadonlyMap<string, string>, budgetBytes: number): OfflinePlanWithSearch {
  const { files, pagefindBytes: bytes } = scan;
  const pick = (re: RegExp) => [...bytes].filter(([p]) => re.test(p)).map(([path, b]) => ({ path, bytes: new Uint8Array(b) }));
  const meta = pick(/^pagefind\/[^/]+\.pf_meta$/);
  // Pagefind records a page's URL path without the base.
  const byPath = new Map(table.routes.map((r) => [r.path, r.file]));
  const searchFiles =
    meta.length === 1
      ? pagefindUses({ meta: meta[0]!, indexChunks: pick(/^pagefind\/index\//), fragments: pick(/^pagefind\/fragment\//), fileForUrl: (url) => byPath.get(url) ?? table.byUrl(url)?.file })
      : [];
  return { ...planOffline({ files, searchFiles, table, titles, budgetBytes }), searchFiles };
}

/**
 * Writes `sw.js` and `offline-manifest.json` into a built site and returns the plan; `scan` is
 * the site as read after its last file was written (read here when not given).
 */
export async function writeServiceWorker(siteDir: string, table: RouteTable, titles: ReadonlyMap<string, string>, budgetBytes = parseBudget(process.env.OFFLINE_BUDGET_KB), scan?: SiteScan): Promise<OfflinePlanWithSearch> {
  const dir = resolve(siteDir);
  const normalized = table.base;
  const plan = offlinePlanFor(scan ?? (await scanBuiltSite(dir)), table, titles, budgetBytes);
  const manifestText = JSON.stringify(plan.manifest);
  writeFileSync(join(dir, MANIFEST_FILE), manifestText);
  // With the whole site precached, its manifest is too: the offline page names pages from it.
  if (plan.manifest.all) plan.precache.push({ url: `${table.base}${MANIFEST_FILE}`, revision: createHash('sha256').update(manifestText).digest('hex').slice(0, 12) });
  const bundled = join(dir, 'sw.src.js');
  await build({
    entryPoints: [SOURCE],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    outfile: bundled,
    define: { BASE: JSON.stringify(normalized), OFFLINE_ALL: JSON.stringify(plan.manifest.all), 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  try {
    // The plan has hashed every file already: Workbox only writes its entries into sw.js.
    const result = await injectManifest({
      swSrc: bundled,
      swDest: join(dir, 'sw.js'),
      globDirectory: dir,
      globPatterns: [],
      additionalManifestEntries: plan.precache.map((e) => ({ url: e.url, revision: e.revision })),
    });
    // Workbox must have put the list in place of its marker, every planned entry in it.
    const written = readFileSync(join(dir, 'sw.js'), 'utf8');
    const missing = plan.precache.filter((e) => !written.includes(JSON.stringify(e.url)));
    if (result.count !== plan.precache.length || missing.length > 0 || written.includes('self.__WB_MANIFEST')) {
      throw new Error(`sw.js does not list the planned precache (${result.count} of ${plan.precache.length}; missing ${missing.map((e) => e.url).join(', ') || 'none'}).`);
    }
  } finally {
    rmSync(bundled, { force: true });
  }
  return plan;
}
