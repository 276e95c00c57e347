import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { generateContent, type PagePlan } from './generate-content.ts';
import { generateDeepContent } from './generate-content-deep.ts';
import { PackageDocsShortError, writePackageDocs } from './package-docs.ts';
import { writeFloorSite } from './floor-site.ts';
import { runTimed, type TimedRun } from './run-timed.ts';
import { folderSize, sitePageWeights, weightSpread } from './site-weights.ts';
import { measureSearchLatency } from './search-latency.ts';
import { benchSearchRanking } from './search-ranking-step.ts';
import { formatRankingSummary } from '../../src/lib/search/build/query-set.ts';
import { benchOfflineBytes, offlineTable } from './offline-step.ts';
import { formatReport, type BenchResults, type BuildRun, type SizeResult } from './report.ts';
import { SEARCH_TERMS } from './bench-text.ts';
import { ensureStarlightInstalled, linkStarlightContent } from './starlight-site.ts';
import { editPage, pageToEdit } from './edit-page.ts';
import { benchDev, devLine } from './dev-step.ts';

const HELP = `Usage: npm run bench -- [options]

Generates a deterministic content folder of each size and shape into bench/.work/, builds it with the real
build (scripts/build.ts: check, Astro, Pagefind) from a clean cache, and reports each phase's wall
time, pages per second, peak memory of the whole process tree, dist/ size, page weights (HTML,
CSS, JS per page, raw and gzipped) and Pagefind's index size. Beside it, the bare Astro 7 + MDX
floor (one-file layout, no plugins) builds the same content, then Pagefind indexes it, and
Starlight 0.42 with its defaults (bench/starlight/, installed there with npm ci on first use)
builds it too. After each clean build, one page's prose is edited and the same tool rebuilds
with its cache kept (the warm rebuild); then the page is put back. Sites alternate within each
run. On the 1,000-page site, Chromium times the search from the last keystroke to the result,
and the bench counts the bytes the offline worker downloads (scripts/bench/offline-step.ts, its
own build with 100-page sections). Three content shapes keep the bench from being tuned to one:
regular (generate-content.ts: folders of eight pages with an index each, every page alike),
deep (generate-content-deep.ts: folders up to six deep, most without an index page, pages from a
paragraph to thousands of words, from no code block to dozens of shell/console ones), and
packages (package-docs.ts: the READMEs, changelogs and guides the installed packages ship, written
by nobody here, about 1,000 pages; a larger size is skipped for it). The report
gives each phase's time per page at each size, so a phase that grows faster than the site shows.
At each size, after the builds of each run, \`astro dev\` (ours, then the floor's) starts with no caches
and again with them, and one page is edited five times while it runs (scripts/bench/dev-step.ts).

Options:
  --pages N[,N...]     sizes to run (default 100,1000,5000; 10000 works too); may repeat
  --shape S[,S...]     content shapes: regular, deep, packages (default all three)
  --floor-up-to N      build the floor only up to N pages (default 5000); a larger size compares
                       with the floor's time scaled by pages from the largest size built, marked ~
  --runs N             builds per size and site (default 2)
  --seed N             content seed (default 1)
  --no-floor           skip the bare Astro floor
  --no-starlight       skip Starlight
  --no-warm            skip the warm one-page-edit rebuilds
  --no-browser         skip the search timing and the search ranking over content/
  --no-dev             skip astro dev (cold and warm start to the first page, edit to visible)
  --floor-processor P  Markdown processor(s) of the floor: satteri, unified or satteri,unified
                       (default satteri)
  --progress off       build with BUILD_PROGRESS=off (to show what progress reporting costs)
  --out FILE           JSON results (default bench/results/latest.json)
  --report F[,F...]    print the tables and targets of saved results (no builds)
  --help               this text`;

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, 'bench/.work');
const STARLIGHT = join(ROOT, 'bench/starlight');
const NODE = process.execPath;
const MB = 1024 * 1024;

const { values } = parseArgs({
  options: {
    pages: { type: 'string', multiple: true },
    runs: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    shape: { type: 'string', default: 'regular,deep' },
    'floor-up-to': { type: 'string', default: '5000' },
    'no-floor': { type: 'boolean', default: false },
    'no-starlight': { type: 'boolean', default: false },
    'no-warm': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'no-dev': { type: 'boolean', default: false },
    'floor-processor': { type: 'string', default: 'satteri' },
    progress: { type: 'string', default: 'on' },
    out: { type: 'string', default: 'bench/results/latest.json' },
    report: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (values.report) {
  // Re-print saved results; several files combine (a later file's size replaces an earlier one's).
  const files = values.report.split(',').map((f) => JSON.parse(readFileSync(f, 'utf8')) as BenchResults);
  const bySize = new Map(files.flatMap((f) => f.sizes).map((s) => [`${s.shape ?? 'regular'} ${s.pages}`, s]));
  const last = files[files.length - 1] as BenchResults;
  console.log(formatReport({ ...last, sizes: [...bySize.values()].sort((a, b) => a.pages - b.pages) }).text);
  process.exit(0);
}
const sizes = (values.pages ?? ['100,1000,5000']).flatMap((v) => v.split(',')).map(Number);
const runs = Number(values.runs);
const processors = (values['floor-processor'] ?? 'satteri').split(',');
const GENERATORS: Record<string, (dir: string, pages: number, seed: number) => PagePlan[]> = {
  regular: generateContent,
  deep: generateDeepContent,
  packages: (dir, pages) => writePackageDocs(dir, pages, join(ROOT, 'node_modules')),
};
const shapes = (values.shape ?? 'regular,deep,packages').split(',');
const floorUpTo = Number(values['floor-up-to']);
if (sizes.some((n) => !Number.isInteger(n) || n < 8) || !(runs >= 1) || processors.some((p) => p !== 'satteri' && p !== 'unified') || shapes.some((s) => !(s in GENERATORS)) || !(floorUpTo >= 0)) {
  console.error(`Bad options.\n\n${HELP}`);
  process.exit(2);
}

/** Indexes a built site with the Pagefind CLI, as the floor needs (our build indexes itself). */
function pagefindIndex(site: string, log: string): Promise<TimedRun> {
  return runTimed(NODE, [join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', site], { cwd: ROOT, env: process.env, logFile: log });
}

/** Page weights and sizes of a built site, added to a run's timings. */
function describeSite(outDir: string, pages: number, run: number, phases: Record<string, number>, totalSeconds: number, peak: number, pagefindBy: 'build' | 'bench', load: number, weigh: boolean): BuildRun {
  const index = folderSize(join(outDir, 'pagefind'));
  return {
    run,
    phases,
    totalSeconds,
    pagesPerSecond: pages / totalSeconds,
    peakMemoryMB: peak / MB,
    distMB: folderSize(outDir).bytes / MB,
    pagefind: index.files ? { kB: index.bytes / 1024, files: index.files, by: pagefindBy } : { kB: 0, files: 0, by: 'absent' },
    weights: weigh ? weightSpread(sitePageWeights(outDir)) : undefined,
    loadAverage: load,
  };
}

/** A build from a clean cache (`cold`), or a rebuild keeping the previous build's cache and output (`warm`). */
type Start = 'cold' | 'warm';

/** One build of our site with the real build script. */
async function buildOurs(content: string, pages: number, tag: string, run: number, start: Start): Promise<BuildRun> {
  const outDir = join(WORK, `out-${tag}`);
  const cacheDir = join(WORK, `cache-${tag}`);
  const timings = join(WORK, `timings-${tag}.json`);
  const log = join(WORK, `build-${tag}-${run}-${start}.log`);
  for (const p of start === 'cold' ? [outDir, cacheDir, timings, log] : [timings, log]) rmSync(p, { recursive: true, force: true });
  const load = loadavg()[0] ?? 0;
  const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, CACHE_DIR: cacheDir, BUILD_TIMINGS_FILE: timings, FORCE_COLOR: '0', BUILD_PROGRESS: values.progress };
  const build = await runTimed(NODE, ['scripts/build.ts'], { cwd: ROOT, env, logFile: log, echo: /^(compil|render|index|loading|built)/ });
  if (build.status !== 0) throw new Error(`The build of ${pages} pages failed; see ${log}`);
  const reported = JSON.parse(readFileSync(timings, 'utf8')) as { phases: Record<string, number>; cpu?: Record<string, number> };
  const described = describeSite(outDir, pages, run, { ...reported.phases }, build.seconds, build.peakBytes, 'build', load, true);
  return reported.cpu ? { ...described, phaseCpu: reported.cpu } : described;
}

/** One build of the bare Astro floor on the same content, then Pagefind over it. */
async function buildFloor(content: string, pages: number, tag: string, run: number, processor: string, start: Start): Promise<BuildRun> {
  const root = join(WORK, 'floor');
  writeFloorSite(root);
  const outDir = join(WORK, `floor-out-${tag}`);
  const cacheDir = join(WORK, `floor-cache-${tag}`);
  const log = join(WORK, `floor-${processor}-${tag}-${run}-${start}.log`);
  for (const p of start === 'cold' ? [outDir, cacheDir, log, join(root, '.astro')] : [log]) rmSync(p, { recursive: true, force: true });
  const load = loadavg()[0] ?? 0;
  const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, CACHE_DIR: cacheDir, FLOOR_PROCESSOR: processor, FORCE_COLOR: '0' };
  const astro = await runTimed(NODE, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--silent'], { cwd: root, env, logFile: log });
  if (astro.status !== 0) throw new Error(`The floor build of ${pages} pages failed; see ${log}`);
  const index = await pagefindIndex(outDir, log);
  return describeSite(outDir, pages, run, { astro: astro.seconds, pagefind: index.seconds }, astro.seconds + index.seconds, Math.max(astro.peakBytes, index.peakBytes), 'bench', load, false);
}

/** One build of Starlight (its own Pagefind step included) on the same content. */
async function buildStarlight(content: string, pages: number, tag: string, run: number, start: Start): Promise<BuildRun> {
  linkStarlightContent(STARLIGHT, content);
  const outDir = join(WORK, `starlight-out-${tag}`);
  const cacheDir = join(WORK, `starlight-cache-${tag}`);
  const log = join(WORK, `starlight-${tag}-${run}-${start}.log`);
  for (const p of start === 'cold' ? [outDir, cacheDir, log, join(STARLIGHT, '.astro')] : [log]) rmSync(p, { recursive: true, force: true });
  const load = loadavg()[0] ?? 0;
  const env = { ...process.env, OUT_DIR: outDir, CACHE_DIR: cacheDir, FORCE_COLOR: '0' };
  const astro = await runTimed(NODE, [join(STARLIGHT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', STARLIGHT], { cwd: STARLIGHT, env, logFile: log });
  if (astro.status !== 0) throw new Error(`The Starlight build of ${pages} pages failed; see ${log}`);
  // Starlight runs Pagefind inside its build and logs how long it took.
  const indexed = /Finished building search index in ([\d.]+)(m?s)/.exec(readFileSync(log, 'utf8'));
  const pagefind = indexed ? Number(indexed[1]) / (indexed[2] === 'ms' ? 1000 : 1) : 0;
  const phases = { astro: astro.seconds - pagefind, pagefind };
  return describeSite(outDir, pages, run, phases, astro.seconds, astro.peakBytes, 'build', load, false);
}

/** The machine the numbers come from. */
function machine() {
  const cpu = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout.
  }
  return { cpus: availableParallelism(), cpu, memoryGB: Number((totalmem() / 1024 ** 3).toFixed(1)), node: process.version, commit, loadAverage: loadavg().map((l) => Number(l.toFixed(2))) };
}

const results: BenchResults = {
  date: new Date().toISOString(),
  machine: machine(),
  options: { sizes, shapes, floorUpTo, runs, seed: Number(values.seed), processors, progress: values.progress, starlight: !values['no-starlight'], warm: !values['no-warm'], dev: !values['no-dev'] },
  sizes: [],
};
mkdirSync(WORK, { recursive: true });
if (!values['no-starlight']) ensureStarlightInstalled(STARLIGHT);
console.log(`Machine: ${results.machine.cpus} cores, ${results.machine.cpu}, ${results.machine.memoryGB} GB, Node ${results.machine.node}`);

for (const shape of shapes) for (const pages of sizes) {
  // The regular shape keeps the folder names it always had.
  const tag = shape === 'regular' ? String(pages) : `${shape}-${pages}`;
  const content = join(WORK, `content-${tag}`);
  let plans: PagePlan[];
  try {
    plans = GENERATORS[shape]!(content, pages, Number(values.seed));
  } catch (error) {
    if (!(error instanceof PackageDocsShortError)) throw error;
    console.log(`\n${pages} pages (${shape} shape) skipped: ${error.message}`);
    continue;
  }
  const edited = pageToEdit(plans);
  console.log(`\n${pages} pages (${shape} shape) generated in ${content}; warm rebuilds edit ${edited.relPath}`);
  const size: SizeResult = { pages, shape, ours: [], floor: {}, oursWarm: [], floorWarm: {}, starlight: [], starlightWarm: [] };
  const withFloor = !values['no-floor'] && pages <= floorUpTo;
  /** A clean build, then (unless --no-warm) a rebuild after editing one page, which is then put back. */
  const coldThenWarm = async (label: string, build: (start: Start) => Promise<BuildRun>, cold: BuildRun[], warm: BuildRun[], run: number) => {
    console.log(`  ${label}, run ${run}`);
    const c = await build('cold');
    cold.push(c);
    console.log(`    cold ${c.totalSeconds.toFixed(1)} s, ${c.peakMemoryMB.toFixed(0)} MB peak (load ${c.loadAverage.toFixed(1)})`);
    if (values['no-warm']) return;
    const restore = editPage(content, edited, run);
    try {
      const w = await build('warm');
      warm.push(w);
      console.log(`    warm ${w.totalSeconds.toFixed(1)} s, ${w.peakMemoryMB.toFixed(0)} MB peak (load ${w.loadAverage.toFixed(1)})`);
    } finally {
      restore();
    }
  };
  // Alternate the sites, so that load from other work on the machine falls on all of them alike.
  for (let run = 1; run <= runs; run += 1) {
    await coldThenWarm('our build', (start) => buildOurs(content, pages, tag, run, start), size.ours, size.oursWarm ?? [], run);
    if (withFloor) {
      for (const processor of processors) {
        await coldThenWarm(`bare Astro floor (${processor})`, (start) => buildFloor(content, pages, tag, run, processor, start), (size.floor[processor] ??= []), ((size.floorWarm ??= {})[processor] ??= []), run);
      }
    }
    if (!values['no-starlight']) await coldThenWarm('Starlight', (start) => buildStarlight(content, pages, tag, run, start), size.starlight ?? [], size.starlightWarm ?? [], run);
    if (!values['no-dev']) {
      console.log(`  astro dev, run ${run}`);
      const dev = await benchDev(WORK, content, plans, tag, run, { floor: withFloor });
      for (const r of dev) console.log(`    ${devLine(r)}`);
      (size.dev ??= []).push(...dev);
    }
  }
  if (pages === 1000 && shape === 'regular' && !values['no-browser']) {
    // The last build of ours is still in out-1000/ (with one edited sentence, which search does not mind).
    size.search = await measureSearchLatency(join(WORK, `out-${pages}`), SEARCH_TERMS.slice(0, 20));
    console.log(`  search: first ${size.search.firstSearchMs.toFixed(0)} ms, then median ${size.search.medianMs.toFixed(1)} ms`);
    size.offline = await benchOfflineBytes(WORK, pages, Number(values.seed));
    console.log(offlineTable(size.offline));
  }
  results.sizes.push(size);
}

if (!values['no-browser']) {
  console.log('\nSearch ranking over content/ (test/search-queries.json)');
  results.ranking = await benchSearchRanking(WORK, NODE);
  console.log(`  ${formatRankingSummary(results.ranking)}`);
}

const report = formatReport(results);
results.targets = report.targets;
console.log(`\n${report.text}`);
const out = resolve(ROOT, values.out ?? 'bench/results/latest.json');
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nResults written to ${out}`);
