// The bench's offline step: bytes a reader's browser downloads on a generated site with sections
// of 100 pages (a first visit, "Save for offline" on one section, the update after one page of it
// is edited). `npm run bench` runs it at 1,000 pages; alone: node scripts/bench/offline-step.ts [pages].
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateContent } from './generate-content.ts';
import { measureOfflineBytes, type Fetched, type OfflineBytes } from './offline-bytes.ts';
import { launchChromium } from '../../src/tools/chromium.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const KB = 1024;
const MB = 1024 * 1024;

export interface OfflineSummary {
  pages: number;
  siteMB: number;
  siteFiles: number;
  precacheAll: boolean;
  firstVisit: { pageLoadKB: number; backgroundKB: number; shellAndEngineKB: number; beyondPageShellEngineKB: number; files: number };
  save: { section: string; pages: number; KB: number; files: number; onlySection: boolean; offlinePagesFailed: number; offlineSearchResults: number };
  update: { KB: number; percentOfSite: number; files: number; byKind: Record<string, number> };
  targets: { name: string; met: boolean; value: string }[];
}

const kb = (fetched: Fetched[], keep: (f: Fetched) => boolean) => fetched.filter(keep).reduce((s, f) => s + f.bytes, 0) / KB;

/** Turns the scenario's counts into the figures and targets the bench reports. */
export function summarize(pages: number, r: OfflineBytes): OfflineSummary {
  const first = r.firstVisit.fetched;
  const shellEngine = kb(first, (f) => f.kind === 'shell' || f.kind === 'engine' || f.kind === 'worker');
  const firstPage = first.find((f) => f.kind === 'page')?.path;
  const beyond = kb(first, (f) => !['shell', 'engine', 'worker'].includes(f.kind) && f.path !== firstPage);
  const saved = r.save.fetched.filter((f) => f.kind !== 'manifest');
  const expected = new Set(r.save.expected);
  const onlySection = saved.every((f) => expected.has(f.path)) && expected.size === new Set(saved.map((f) => f.path)).size;
  const byKind: Record<string, number> = {};
  for (const f of r.update.fetched) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  const percent = (100 * r.update.bytes) / r.siteBytes;
  return {
    pages,
    siteMB: r.siteBytes / MB,
    siteFiles: r.siteFiles,
    precacheAll: r.precacheAll,
    firstVisit: { pageLoadKB: r.firstVisit.pageLoad.bytes / KB, backgroundKB: r.firstVisit.background.bytes / KB, shellAndEngineKB: shellEngine, beyondPageShellEngineKB: beyond, files: first.length },
    save: { section: r.save.section, pages: r.save.pages, KB: r.save.bytes / KB, files: saved.length, onlySection, offlinePagesFailed: r.offline.pagesFailed.length, offlineSearchResults: r.offline.searchResults },
    update: { KB: r.update.bytes / KB, percentOfSite: percent, files: r.update.fetched.length, byKind },
    targets: [
      { name: 'first visit: page + shell + engine + at most 1 MB', met: beyond <= 1024, value: `${beyond.toFixed(0)} KB beyond them` },
      { name: `save a ${r.save.pages}-page section: that section and its index only`, met: onlySection, value: `${saved.length} files, ${(r.save.bytes / MB).toFixed(2)} MB` },
      { name: 'the saved section offline: every page, and search', met: r.offline.pagesFailed.length === 0 && r.offline.searchResults > 0, value: `${r.offline.pagesOpened - r.offline.pagesFailed.length}/${r.offline.pagesOpened} pages, ${r.offline.searchResults} results` },
      { name: 'update after one page edited: at most 5% of the site', met: percent <= 5, value: `${(r.update.bytes / KB).toFixed(0)} KB, ${percent.toFixed(2)}%` },
    ],
  };
}

/** Prints the step's table. */
export function offlineTable(s: OfflineSummary): string {
  const lines = [
    `Offline bytes, ${s.pages} pages (${s.siteFiles} files, ${s.siteMB.toFixed(1)} MB compressed; ${s.precacheAll ? 'within' : 'over'} the budget), compressed:`,
    `  first visit: page load ${s.firstVisit.pageLoadKB.toFixed(0)} KB, then ${s.firstVisit.backgroundKB.toFixed(0)} KB in the background (shell, engine and worker ${s.firstVisit.shellAndEngineKB.toFixed(0)} KB in all)`,
    `  save ${s.save.section} (${s.save.pages} pages): ${s.save.KB.toFixed(0)} KB in ${s.save.files} files`,
    `  update after one page edited: ${s.update.KB.toFixed(0)} KB in ${s.update.files} files (${s.update.percentOfSite.toFixed(2)}% of the site): ${Object.entries(s.update.byKind).map(([k, n]) => `${n} ${k}`).join(', ')}`,
    ...s.targets.map((t) => `  ${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.value}`),
  ];
  return lines.join('\n');
}

/** Generates the site, builds it, runs the scenario in Chromium, rebuilds once with one page edited. */
export async function benchOfflineBytes(work: string, pages: number, seed = 1): Promise<OfflineSummary> {
  const content = join(work, `offline-content-${pages}`);
  const outDir = join(work, `offline-out-${pages}`);
  const cacheDir = join(work, `offline-cache-${pages}`);
  rmSync(cacheDir, { recursive: true, force: true });
  // Areas of 1 + 11 × 9 = 100 pages: the section "Save for offline" is measured on.
  generateContent(content, pages, seed, { topicsPerArea: 11 });
  const build = () => {
    const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, CACHE_DIR: cacheDir, BUILD_PROGRESS: 'off', FORCE_COLOR: '0' } });
    if (r.status !== 0) throw new Error(`The offline bench build failed:\n${r.stdout}\n${r.stderr}`);
  };
  build();
  const browser = await launchChromium();
  try {
    const result = await measureOfflineBytes({
      browser,
      outDir,
      firstPage: 'area-001/topic-1/page-1/',
      section: 'area-001',
      searchTerm: 'container',
      rebuild() {
        appendFileSync(join(content, 'area-001/topic-1/page-2.mdx'), '\nOne more paragraph, added to measure an update.\n');
        build();
        return '/area-001/topic-1/page-2/';
      },
    });
    return summarize(pages, result);
  } finally {
    await browser.close();
  }
}

if (import.meta.main) {
  const pages = Number(process.argv[2] ?? 1000);
  const work = join(ROOT, 'bench/.work');
  mkdirSync(work, { recursive: true });
  const summary = await benchOfflineBytes(work, pages);
  console.log(offlineTable(summary));
  const out = join(ROOT, `bench/results/offline-${pages}.json`);
  writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`Results written to ${out}`);
}
