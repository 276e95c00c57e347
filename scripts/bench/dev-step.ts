// The bench's dev-server step: `astro dev` on the generated pages, started from no caches (cold),
// started again keeping them (warm), then one page edited a few times while it runs. `npm run
// bench` runs it at each size (--no-dev skips it); alone: node scripts/bench/dev-step.ts [pages] [--no-floor].
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { editPage, pageToEdit } from './edit-page.ts';
import { treeCpuSeconds } from './process-memory.ts';
import { writeFloorSite } from './floor-site.ts';
import { generateContent, type PagePlan } from './generate-content.ts';
import { entryIdFromPath, pathForId } from '../../src/lib/site/routes.ts';
import { freePort } from '../../src/tools/free-port.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** Edits per dev server; the median is reported. */
const EDITS = 5;
/** Pause between two requests for an edited page. */
const POLL_MS = 50;
/** Longest wait for a start or an edit before the step gives up. */
const GIVE_UP_MS = 600_000;

/** One site's dev-server figures in one run. */
export interface DevRun {
  run: number;
  site: 'ours' | 'floor';
  /** From spawning `astro dev` with no caches to the first 200 of the home page. */
  coldSeconds: number;
  /** The same with the caches the cold start left (content unchanged). */
  warmSeconds: number;
  /** Processor seconds the server's process tree used up to each first page (what the load moves least). */
  coldCpuSeconds: number;
  warmCpuSeconds: number;
  /** From writing the page's file to the first response of its URL that shows the new sentence, per edit. */
  editSeconds: number[];
  editMedianSeconds: number;
  /** 1-minute load average at the cold start, the warm start and the first edit. */
  load: { cold: number; warm: number; edit: number };
}

/** A site `astro dev` runs: its project folder, what to delete for a cold start, the edited page's URL. */
interface DevSite {
  site: DevRun['site'];
  root: string;
  env: NodeJS.ProcessEnv;
  caches: string[];
  pageUrl: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const load = () => loadavg()[0] ?? 0;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The body of a 200 response, or null for any other answer or none (not listening yet, still compiling). */
async function pageText(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(GIVE_UP_MS) });
    const text = await response.text();
    return response.ok ? text : null;
  } catch {
    return null;
  }
}

/** A running `astro dev`, with the seconds (wall and processor) from its spawn to its first page. */
async function startDev(site: DevSite, port: number, log: string): Promise<{ origin: string; firstPageSeconds: number; cpuSeconds: number; stop: () => Promise<void> }> {
  const start = performance.now();
  // As `npm run dev` starts it (`astro dev`), on a port of its own; Astro's one-server-per-folder
  // lock would stop it while a test's dev server runs from the same working folder.
  const child = spawn(process.execPath, [ASTRO, 'dev', '--ignore-lock', '--root', site.root, '--port', String(port), '--host', '127.0.0.1'], { cwd: site.root, env: site.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d: Buffer) => appendFileSync(log, d));
  child.stderr.on('data', (d: Buffer) => appendFileSync(log, d));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  const origin = `http://127.0.0.1:${port}`;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`astro dev (${site.site}) exited early; see ${log}`);
      const asked = performance.now();
      const text = await pageText(`${origin}/`);
      // A request that waited, and the page, for reading a slow start in the log.
      const waited = (performance.now() - asked) / 1000;
      if (text !== null || waited > 0.2) appendFileSync(log, `[bench] +${((asked - start) / 1000).toFixed(2)} s: / ${text === null ? 'no page' : 'page'} after ${waited.toFixed(2)} s\n`);
      if (text !== null) break;
      if (performance.now() - start > GIVE_UP_MS) throw new Error(`astro dev (${site.site}) gave no page within ${GIVE_UP_MS / 1000} s; see ${log}`);
      await sleep(50);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  const firstPageSeconds = (performance.now() - start) / 1000;
  return { origin, firstPageSeconds, cpuSeconds: treeCpuSeconds(child.pid ?? 0), stop };
}

/** Seconds from each edit of the page's file to the first response of its URL that shows it. */
async function timeEdits(origin: string, site: DevSite, content: string, page: PagePlan): Promise<number[]> {
  const url = origin + site.pageUrl;
  // The page's first request compiles its modules; an edit is timed on a page already open.
  if ((await pageText(url)) === null) throw new Error(`astro dev (${site.site}) does not serve ${site.pageUrl}`);
  const times: number[] = [];
  let restore: (() => void) | undefined;
  try {
    for (let edit = 1; edit <= EDITS; edit += 1) {
      // Each edit adds its own sentence, so a response of an earlier state never counts.
      const n = 1000 + edit;
      const put = editPage(content, page, n);
      restore ??= put;
      const written = performance.now();
      const sentence = `This sentence was added by edit ${n} of the bench.`;
      for (;;) {
        if ((await pageText(url))?.includes(sentence)) break;
        if (performance.now() - written > GIVE_UP_MS) throw new Error(`astro dev (${site.site}) did not show edit ${edit} of ${page.relPath} within ${GIVE_UP_MS / 1000} s`);
        // Each request renders the page: asked back to back, they would take the processor the edit needs.
        await sleep(POLL_MS);
      }
      times.push((performance.now() - written) / 1000);
      // Let the server settle (Astro writes its content store after a pause, and an open tab
      // reloads then), so each edit starts from the same state.
      await sleep(1000);
      await pageText(url);
    }
  } finally {
    restore?.();
  }
  return times;
}

/** Cold start, warm start, then the edits, on one site. */
async function measureSite(site: DevSite, content: string, page: PagePlan, run: number, work: string, tag: string): Promise<DevRun> {
  const log = (start: string) => {
    const file = join(work, `dev-${site.site}-${tag}-${run}-${start}.log`);
    rmSync(file, { force: true });
    return file;
  };
  for (const cache of site.caches) rmSync(cache, { recursive: true, force: true });
  // Both starts on one port, as `npm run dev` restarts on its own: Astro clears its content store
  // when its settings (the port among them) differ from the last start's.
  const port = await freePort();
  const coldLoad = load();
  const cold = await startDev(site, port, log('cold'));
  await cold.stop();
  const warmLoad = load();
  const warm = await startDev(site, port, log('warm'));
  try {
    const editLoad = load();
    const editSeconds = await timeEdits(warm.origin, site, content, page);
    return { run, site: site.site, coldSeconds: cold.firstPageSeconds, warmSeconds: warm.firstPageSeconds, coldCpuSeconds: cold.cpuSeconds, warmCpuSeconds: warm.cpuSeconds, editSeconds, editMedianSeconds: median(editSeconds), load: { cold: coldLoad, warm: warmLoad, edit: editLoad } };
  } finally {
    await warm.stop();
  }
}

/** Our `astro dev`, then (unless `floor` is false) the bare floor's, on one content folder. */
export async function benchDev(work: string, content: string, plans: readonly PagePlan[], tag: string, run: number, options: { floor: boolean }): Promise<DevRun[]> {
  const page = pageToEdit(plans);
  // The URL the site serves the page at; the floor's `[...slug]` route answers it too.
  const url = pathForId(entryIdFromPath(page.relPath));
  const cacheDir = join(work, `dev-cache-${tag}`);
  const ours: DevSite = {
    site: 'ours',
    root: ROOT,
    env: { ...process.env, CONTENT_DIR: content, CACHE_DIR: cacheDir, FORCE_COLOR: '0' },
    // The page HTML (CACHE_DIR), the dev data store (.astro/, in dev not under CACHE_DIR) and Vite's prebundled dependencies.
    caches: [cacheDir, join(ROOT, '.astro/data-store.json'), join(ROOT, 'node_modules/.vite')],
    pageUrl: url,
  };
  const results = [await measureSite(ours, content, page, run, work, tag)];
  if (options.floor) {
    const root = join(work, 'floor');
    writeFloorSite(root);
    const floor: DevSite = {
      site: 'floor',
      root,
      env: { ...process.env, CONTENT_DIR: content, CACHE_DIR: join(work, `floor-dev-cache-${tag}`), FORCE_COLOR: '0' },
      caches: [join(work, `floor-dev-cache-${tag}`), join(root, '.astro'), join(root, 'node_modules/.vite')],
      pageUrl: url,
    };
    results.push(await measureSite(floor, content, page, run, work, tag));
  }
  return results;
}

/** One line per site: the three figures and the load each was measured under. */
export function devLine(r: DevRun): string {
  const edits = r.editSeconds.map((s) => s.toFixed(2)).join(', ');
  return `${r.site === 'ours' ? 'our astro dev' : 'floor astro dev'}: cold ${r.coldSeconds.toFixed(1)} s (cpu ${r.coldCpuSeconds.toFixed(1)} s, load ${r.load.cold.toFixed(1)}), warm ${r.warmSeconds.toFixed(1)} s (cpu ${r.warmCpuSeconds.toFixed(1)} s, load ${r.load.warm.toFixed(1)}), edit visible median ${r.editMedianSeconds.toFixed(2)} s [${edits}] (load ${r.load.edit.toFixed(1)})`;
}

if (import.meta.main) {
  if (process.argv.includes('--help')) {
    console.log('Usage: node scripts/bench/dev-step.ts [pages] [--no-floor]\n\nThe bench\'s astro dev step alone on the regular generated content (default 1000 pages).');
    process.exit(0);
  }
  const pages = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1000);
  const work = join(ROOT, 'bench/.work');
  mkdirSync(work, { recursive: true });
  const content = join(work, `content-${pages}`);
  const plans = generateContent(content, pages, 1);
  const runs = await benchDev(work, content, plans, String(pages), 1, { floor: !process.argv.includes('--no-floor') });
  for (const r of runs) console.log(devLine(r));
  const out = join(ROOT, `bench/.work/dev-${pages}.json`);
  writeFileSync(out, `${JSON.stringify(runs, null, 2)}\n`);
  console.log(`Results written to ${out}`);
}
