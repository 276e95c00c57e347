// First: the modules loaded from here on (the later steps, and Astro's in its worker) come from
// V8's code cache. This file's other static imports are compiled before it runs.
import '../src/io/compile-cache.ts';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { constants, setPriority } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatReport } from '../src/lib/diagnostics/diagnostics.ts';
import { buildSettings } from '../src/io/build-settings.ts';
import { siteModel } from '../src/lib/site/site-model.ts';
import { lastUpdatedDates } from '../src/io/git-dates.ts';
import { siteMarkdown } from '../src/lib/markdown/site-markdown.ts';
import { readJsonCache, writeJsonCache } from '../src/pipeline/json-cache.ts';
import { runContentCheck } from '../src/pipeline/check-content-folder.ts';
import { startAstroWorker } from '../src/pipeline/astro-build.ts';
import { readSourceDigest } from '../src/astro/integrations/source-digest.ts';
import { writeRouteTable } from '../src/pipeline/route-table-file.ts';
import { parseBudget } from '../src/lib/offline/offline-plan.ts';
import { fragmentProblems, fragmentsToReuse, keptFragments, type KeptFragment } from '../src/lib/search/build/fragment-reuse.ts';

const HELP = `Usage: npm run build

Checks every file in content/, builds the site with Astro into a staging folder, indexes it,
and only then replaces dist/. A failed build leaves the previous dist/ untouched.

Environment: SITE (origin), BASE (base path, default /), CONTENT_DIR (default content),
OUT_DIR (default dist), CACHE_DIR (the build's caches, and Astro's state when given),
OFFLINE_BUDGET_KB (first-visit offline budget, default 5120), BUILD_TIMINGS_FILE (write phase
times as JSON there), ASTRO_TIMINGS=1 (print Astro's own summary of where its part of the build
went), NODE_COMPILE_CACHE (where compiled modules are kept; NODE_DISABLE_COMPILE_CACHE=1: none).`;

if (process.argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}

const ROOT = resolve(import.meta.dirname, '..');
const config = buildSettings();
const finalDir = resolve(config.outDir);
const stagingDir = `${finalDir}.staging`;
/** The site the last swap replaced: deleted while this build checks the content, not during its swap. */
const previousDir = `${finalDir}.old`;
const phases: Record<string, number> = {};
/**
 * Processor time of each phase, which load from other work moves much less than wall time: this
 * thread's for the phases it runs, and for `astro` the rest of the process (Astro's worker and
 * its render threads) from its start, while the content was checked, to its end. Pagefind's own
 * process is not counted.
 */
const phaseCpu: Record<string, number> = {};

const seconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;

/** Runs one phase on this thread and records its wall time and this thread's processor time. */
async function phase<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const cpu = process.threadCpuUsage();
  try {
    return await run();
  } finally {
    phases[name] = (performance.now() - start) / 1000;
    phaseCpu[name] = seconds(process.threadCpuUsage(cpu));
  }
}

async function main(): Promise<number> {
  // Node's start and loading this script's modules (Astro's among them), before any phase.
  const startSeconds = performance.now() / 1000;
  const startCpu = process.cpuUsage();
  let budget: number;
  try {
    budget = parseBudget(process.env.OFFLINE_BUDGET_KB);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 1;
  }
  // Deleting thousands of files is the file system's work, done beside the check's parsing.
  const clearing = rm(previousDir, { recursive: true, force: true }).catch(() => undefined);
  // Astro loads, reads its config and syncs the content layer on the other core while this one
  // checks the content; it writes no page until the check has passed.
  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(stagingDir, { recursive: true });
  const timings = process.env.ASTRO_TIMINGS === '1';
  const logLevel = (process.env.ASTRO_LOG_LEVEL as 'info' | undefined) ?? (timings ? 'info' : 'warn');
  const astroCpu = { process: process.cpuUsage(), thread: process.threadCpuUsage() };
  const astroWorker = startAstroWorker({ outDir: stagingDir, logLevel, timings });
  const { files, diagnostics } = await phase('check', () => runContentCheck(config.contentDir));
  if (diagnostics.length > 0) {
    await astroWorker.cancel();
    rmSync(stagingDir, { recursive: true, force: true });
    console.error(`\nThe content has problems; nothing was built.\n\n${formatReport(diagnostics)}`);
    return 1;
  }
  console.log(`content: ${files.length} pages checked`);
  // The same model Astro's pages render: the same function over the same files.
  const entries = files.map((f) => ({ id: f.id, relPath: f.relPath, data: f.frontmatter.data!, filePath: relative(ROOT, join(resolve(config.contentDir), f.relPath)) }));
  const model = siteModel(entries, config, { dates: lastUpdatedDates(config.contentDir).dates });
  const routes = model.routes;
  const code = readSourceDigest(ROOT);
  // Astro builds in a worker thread while this one writes the Markdown copies into the same
  // staging folder (no route of Astro's is an index.md).
  const astro = phase('astro', () => astroWorker.proceed()).then(
    () => null,
    (err: unknown) => (err instanceof Error ? err.message : String(err)),
  );
  // The copies come from the check's parse, so no file is parsed twice; a copy whose page and
  // code are unchanged is taken from the previous build.
  await phase('markdown', () => {
    const memoFile = join(resolve(config.cacheDir), 'markdown-copies.json');
    const memo = { code, copies: readJsonCache<string>(memoFile, code) };
    const sources = files.map((f) => ({ id: f.id, relPath: f.relPath, data: f.frontmatter.data!, tree: f.tree, source: f.source }));
    const out = siteMarkdown(sources, model, memo).files;
    writeJsonCache(memoFile, code, memo.copies);
    for (const [file, text] of out) {
      mkdirSync(dirname(join(stagingDir, file)), { recursive: true });
      writeFileSync(join(stagingDir, file), text);
    }
  });
  // The syntax trees are done with; let them go while Astro needs the memory.
  for (const file of files) file.tree = null;
  // The steps after Astro load while it builds: their modules (Workbox's build tools most of
  // all) would otherwise add most of a second to the start of every build.
  const later = Promise.all([
    import('../src/pipeline/search-index.ts'),
    import('../src/pipeline/built-site-scan.ts'),
    import('../src/pipeline/search-vocabulary.ts'),
    import('../src/pipeline/service-worker.ts'),
  ]);
  // Awaited after Astro; a failed Astro returns before that, leaving no rejection unheard.
  later.catch(() => undefined);
  const astroFailure = await astro;
  phaseCpu.astro = seconds(process.cpuUsage(astroCpu.process)) - seconds(process.threadCpuUsage(astroCpu.thread));
  if (astroFailure !== null) {
    rmSync(stagingDir, { recursive: true, force: true });
    console.error(`\nAstro could not build the site; dist/ was left as it was.\n\n${astroFailure}`);
    return 1;
  }
  const [{ indexSite }, { addScannedFile, SiteScanner }, { searchVocabulary, writeSearchVocabulary }, { writeServiceWorker }] = await later;
  // The pages are read for the vocabulary and the offline plan while Pagefind's own process
  // indexes them, and the vocabulary is made and the scan's cache written before it is done; its
  // bundle is read once written. Bytes seen by an earlier build are not compressed or parsed
  // again. (The `pagefind` phase is the wall time of all of it together.)
  const scanner = new SiteScanner(stagingDir, join(resolve(config.cacheDir), 'site-scan.json'), code);
  const readPages = async () => {
    // Pagefind's process (started by indexSite just before) is the longest step left, and uses
    // both cores: this thread's reading yields to it, for good (a process may not raise it
    // again). On Linux the priority is this thread's alone, and a process started from it later
    // would inherit it; elsewhere it is the whole process's, so it is lowered only part way there.
    setPriority(process.platform === 'linux' ? constants.priority.PRIORITY_LOW : constants.priority.PRIORITY_BELOW_NORMAL);
    // The pages first: Pagefind waits for their digests before it writes.
    await scanner.add((path) => path.endsWith('.html') && !path.startsWith('pagefind/'));
  };
  // The previous build's fragments of pages whose HTML is unchanged are kept, not compressed
  // again (`fragment-reuse.ts`); the record says which fragment was each page's, in `dist/`.
  const fragmentRecord = { file: join(resolve(config.cacheDir), 'search-fragments.json'), code: `${code}\0${finalDir}` };
  const reuseOnce = (pagesRead: Promise<void>) => async () => {
    // With nothing to keep (a first build, or a deploy that starts without dist/), Pagefind does
    // not wait for the pages' digests.
    const kept = readJsonCache<KeptFragment>(fragmentRecord.file, fragmentRecord.code);
    if (kept.size === 0 || !existsSync(join(finalDir, 'pagefind'))) return null;
    await pagesRead;
    const files = fragmentsToReuse(kept, scanner.digests()).map((k) => ({ path: k.fragment, bytes: k.bytes }));
    return { from: join(finalDir, 'pagefind'), files };
  };
  const [indexed, scanned] = await phase('pagefind', () => {
    let pagesDone: () => void = () => undefined;
    const pagesRead = new Promise<void>((done) => (pagesDone = done));
    // Pagefind's process is started first, at this thread's priority, before readPages lowers it:
    // indexSite's first call, createIndex, spawns it at once (pagefind's lib/index.js, launch()).
    // A process started from this thread later (esbuild's, in the offline phase) runs low too.
    const indexing = indexSite(stagingDir, routes, reuseOnce(pagesRead));
    const vocabulary = readPages().then(async () => {
      pagesDone();
      // Pagefind is given the pages to keep before this thread reads on.
      await new Promise((next) => setImmediate(next));
      await scanner.add((path) => !path.endsWith('.html') && !path.startsWith('pagefind/'));
      scanner.keep();
      return searchVocabulary(scanner.pageTexts());
    });
    // A failed read still lets Pagefind go on to its error or its end.
    vocabulary.catch(() => pagesDone());
    return Promise.allSettled([indexing, vocabulary]);
  });
  const search = indexed.status === 'fulfilled' ? indexed.value : { errors: [`Pagefind failed: ${String(indexed.reason)}`] };
  if (scanned.status === 'rejected') search.errors.push(`Reading the built site failed: ${scanned.reason instanceof Error ? scanned.reason.message : String(scanned.reason)}`);
  if (search.errors.length > 0 || !('indexed' in search) || scanned.status === 'rejected') {
    rmSync(stagingDir, { recursive: true, force: true });
    console.error(`\nSearch indexing failed; dist/ was left as it was.\n\n${search.errors.join('\n')}`);
    return 1;
  }
  const kept = search.reused > 0 ? `, ${search.reused} fragments kept from the previous build` : '';
  console.log(
    `search: ${search.indexed} pages indexed (${search.contentPages} content, ${search.generatedPages} generated${kept}), ` +
      `bundle ${(search.bundleBytes / 1024).toFixed(0)} KB`,
  );
  await phase('scan', () => scanner.add((path) => path.startsWith('pagefind/')));
  const scan = scanner.finish();
  await phase('vocabulary', () => addScannedFile(scan, writeSearchVocabulary(stagingDir, scanned.value), scanned.value));
  const titles = new Map(routes.routes.filter((r) => r.kind === 'page' || r.kind === 'section').map((r) => [r.file, model.page(r.id).title]));
  const offline = await phase('offline', () => writeServiceWorker(stagingDir, routes, titles, budget, scan));
  console.log(
    `offline: sw.js precaches ${offline.precache.length} files, ${(offline.precacheBytes / 1024).toFixed(0)} KB of ` +
      `${(offline.manifest.totalBytes / 1024).toFixed(0)} KB compressed (${offline.manifest.all ? 'the whole site' : 'shell and search engine; the rest as read or saved'})`,
  );
  const fragmentFaults = search.reused > 0 ? fragmentProblems(offline.searchFiles) : [];
  if (fragmentFaults.length > 0) {
    rmSync(stagingDir, { recursive: true, force: true });
    rmSync(fragmentRecord.file, { force: true });
    console.error(`\nThe search bundle written over the previous build's fragments is wrong; dist/ was left as it was. Build again: the record of kept fragments was removed.\n\n${fragmentFaults.join('\n')}`);
    return 1;
  }
  const summary = Object.entries(phases).map(([k, v]) => `${k} ${v.toFixed(2)}s`).join(', ');
  // Swap only a complete site into place, so a reader never sees half a build.
  // Two renames: the replaced site waits in `dist.old/` for the next build to delete it.
  await phase('swap', async () => {
    await clearing;
    rmSync(previousDir, { recursive: true, force: true });
    if (existsSync(finalDir)) renameSync(finalDir, previousDir);
    renameSync(stagingDir, finalDir);
  });
  writeRouteTable(resolve(config.cacheDir), finalDir, routes);
  writeJsonCache(fragmentRecord.file, fragmentRecord.code, keptFragments(offline.searchFiles, scan.digests));
  console.log(`built ${files.length} pages into ${config.outDir}/ (${summary})`);
  // The bench reads each phase's wall time from here (seconds), and its processor time; `start`
  // is what came before the first phase.
  if (process.env.BUILD_TIMINGS_FILE) {
    const start = { seconds: startSeconds, cpu: (startCpu.user + startCpu.system) / 1e6 };
    writeFileSync(process.env.BUILD_TIMINGS_FILE, JSON.stringify({ pages: files.length, phases, cpu: phaseCpu, start }));
  }
  return 0;
}

process.exitCode = await main();
