import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import type { RouteTable } from '../src/lib/routes.ts';
import { readRouteTable } from './route-table-file.ts';
import { MANIFEST_FILE, parseBudget, planOffline, urlForFile, type BuiltFile, type OfflinePlan } from '../src/lib/offline/offline-plan.ts';
import { pagefindUses } from '../src/lib/offline/pagefind-uses.ts';

const HELP = `Usage: node scripts/service-worker.ts <site-dir>

Writes <site-dir>/sw.js (the Workbox service worker, with a revision per precached file) and
<site-dir>/offline-manifest.json (every file's revision and size, and what each section's
"Save for offline" downloads). Run after Pagefind (npm run build does both). Pages are listed as
the site's routes.json says; OFFLINE_BUDGET_KB is the size (compressed) under which a first
visit precaches the whole site (default 5120).`;

const SOURCE = resolve(import.meta.dirname, '../src/client/service-worker.ts');

/** The text of a page's first h1, tags removed. */
function pageTitle(html: string): string | undefined {
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  return h1
    ?.replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .trim();
}

/** Every file of a built site with its revision, compressed size and (for pages) title. */
export function builtFiles(siteDir: string): { files: BuiltFile[]; bytes: Map<string, Buffer> } {
  const bytes = new Map<string, Buffer>();
  const files = readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = join(e.parentPath, e.name);
      const path = relative(siteDir, full).split('\\').join('/');
      const data = readFileSync(full);
      if (path.startsWith('pagefind/')) bytes.set(path, data);
      // Pagefind's files are gzipped already; everything else is measured as a server would send it.
      const gzipBytes = path.startsWith('pagefind/') && /\.pf_|\.pagefind$/.test(path) ? data.length : gzipSync(data).length;
      const title = path.endsWith('.html') ? pageTitle(data.toString('utf8')) : undefined;
      return { path, revision: createHash('sha256').update(data).digest('hex').slice(0, 12), gzipBytes, ...(title ? { title } : {}) };
    });
  return { files, bytes };
}

/** Plans the offline cache of a built site (no files written). */
export function offlinePlanFor(siteDir: string, table: RouteTable, budgetBytes: number): OfflinePlan {
  const dir = resolve(siteDir);
  const { files, bytes } = builtFiles(dir);
  const pick = (re: RegExp) => [...bytes].filter(([p]) => re.test(p)).map(([path, b]) => ({ path, bytes: new Uint8Array(b) }));
  const meta = pick(/^pagefind\/[^/]+\.pf_meta$/);
  // Pagefind records a page's URL path without the base.
  const byPath = new Map(table.routes.map((r) => [r.path, r.file]));
  const searchFiles =
    meta.length === 1
      ? pagefindUses({ meta: meta[0]!, indexChunks: pick(/^pagefind\/index\//), fragments: pick(/^pagefind\/fragment\//), fileForUrl: (url) => byPath.get(url) ?? table.byUrl(url)?.file })
      : [];
  return planOffline({ files, searchFiles, table, budgetBytes });
}

/** Writes `sw.js` and `offline-manifest.json` into a built site and returns the plan. */
export async function writeServiceWorker(siteDir: string, table: RouteTable, budgetBytes = parseBudget(process.env.OFFLINE_BUDGET_KB)): Promise<OfflinePlan> {
  const dir = resolve(siteDir);
  const normalized = table.base;
  const plan = offlinePlanFor(dir, table, budgetBytes);
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(plan.manifest));
  const bundled = join(dir, 'sw.src.js');
  await build({
    entryPoints: [SOURCE],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    outfile: bundled,
    define: { BASE: JSON.stringify(normalized), 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const revisions = new Map(plan.precache.map((e) => [e.url, e.revision]));
  try {
    const result = await injectManifest({
      swSrc: bundled,
      swDest: join(dir, 'sw.js'),
      globDirectory: dir,
      globPatterns: ['**/*'],
      globIgnores: ['sw.js', 'sw.src.js', '**/*.map', MANIFEST_FILE, 'routes.json'],
      maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
      // Workbox lists the files; the plan decides which a first visit takes, and their revisions.
      manifestTransforms: [
        (entries) => ({
          manifest: entries
            .map((e) => ({ ...e, url: urlForFile(e.url, table) }))
            .filter((e) => revisions.has(e.url))
            .map((e) => ({ ...e, revision: revisions.get(e.url)! })),
        }),
      ],
    });
    if (result.count !== plan.precache.length) throw new Error(`sw.js lists ${result.count} files, the plan ${plan.precache.length}.`);
  } finally {
    rmSync(bundled, { force: true });
  }
  return plan;
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir || dir === '--help') {
    console.log(HELP);
    process.exit(dir ? 0 : 1);
  }
  const plan = await writeServiceWorker(dir, readRouteTable(dir));
  console.log(`${dir}/sw.js: precaches ${plan.precache.length} files (${(plan.precacheBytes / 1024).toFixed(0)} KB of ${(plan.manifest.totalBytes / 1024).toFixed(0)} KB)`);
}
