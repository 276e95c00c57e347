import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number;
  output: string;
  outDir: string;
  /** The build's cache folder, which also holds the route table it built (`readRouteTable`). */
  cacheDir: string;
}

/** Where tests' builds go: `astro dev` does not watch it (astro.config.mjs). */
const BUILDS = join(ROOT, 'test/.out/builds');

/** The folder `buildSite(name, …)` builds into. */
export function outDirFor(name: string): string {
  return join(BUILDS, name);
}

/** The cache folder of `buildSite(name, …)`, or of a test's dev server named `name`. */
export function cacheDirFor(name: string): string {
  return join(BUILDS, '.cache', name);
}

/** Runs the real `scripts/build.ts` on a content folder into `outDirFor(name)`, every time. */
export function buildSite(name: string, contentDir: string, env: Record<string, string> = {}): BuildResult {
  return runBuild(outDirFor(name), cacheDirFor(name), contentDir, env);
}

/** `buildSite`, without blocking this file's process: for builds that run at the same time. */
export function buildSiteAsync(name: string, contentDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const outDir = outDirFor(name);
  const cacheDir = cacheDirFor(name);
  const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env: buildEnv(outDir, cacheDir, contentDir, env) });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((done) => child.on('close', (status) => done({ status: status ?? 1, output, outDir, cacheDir })));
}

/**
 * The build of `contentDir` with `env`, shared by every test file of one `node --test` run that
 * reads the same site: the first to ask builds it, the others wait for it and reuse it. Tests
 * must not write into its `outDir`; one that needs its own copy uses `buildSite`.
 */
export function sharedBuild(contentDir: string, env: Record<string, string> = {}): BuildResult {
  // Test files of one run are children of the same runner process: its pid names the run.
  const run = String(process.ppid);
  // BASE=/ is the default, so it is the same build as no BASE at all.
  const settings = Object.entries(env).filter(([k, v]) => !(k === 'BASE' && v === '/')).sort();
  const key = digest([resolve(ROOT, contentDir), JSON.stringify(settings)]);
  const home = join(BUILDS, 'shared');
  const dir = join(home, `${run}-${key}`);
  const record = join(dir, 'result.json');
  const outDir = join(dir, 'site');
  const cached = readRecord(record, outDir);
  if (cached) return cached;
  withLock(`${dir}.lock`, () => {
    if (readRecord(record, outDir)) return;
    pruneOtherRuns(home, run);
    rmSync(dir, { recursive: true, force: true });
    const result = runBuild(outDir, join(dir, 'cache'), contentDir, env);
    mkdirSync(dir, { recursive: true });
    writeFileSync(record, JSON.stringify({ status: result.status, output: result.output }));
  });
  return readRecord(record, outDir) ?? { status: 1, output: `The shared build of ${contentDir} left no record.`, outDir, cacheDir: join(dir, 'cache') };
}

/**
 * `sharedBuild`, run when the result is first read: a test file whose tests a filter
 * (`--test-name-pattern`) leaves out builds nothing.
 */
export function lazySharedBuild(contentDir: string, env: Record<string, string> = {}): BuildResult {
  let result: BuildResult | undefined;
  const get = () => (result ??= sharedBuild(contentDir, env));
  return {
    get status() { return get().status; },
    get output() { return get().output; },
    get outDir() { return get().outDir; },
    get cacheDir() { return get().cacheDir; },
  };
}

function runBuild(outDir: string, cacheDir: string, contentDir: string, env: Record<string, string>): BuildResult {
  // Builds run at the same time: each keeps Astro's state in its own cache folder (astroRoot in
  // src/io/build-settings.ts).
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, encoding: 'utf8', env: buildEnv(outDir, cacheDir, contentDir, env) });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}`, outDir, cacheDir };
}

function buildEnv(outDir: string, cacheDir: string, contentDir: string, env: Record<string, string>): NodeJS.ProcessEnv {
  // Progress lines every 20 ms, so even a fixture of a few pages prints them for the tests to read.
  return { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, CACHE_DIR: cacheDir, FORCE_COLOR: '0', BUILD_PROGRESS_INTERVAL_MS: '20', ...env };
}

function readRecord(record: string, outDir: string): BuildResult | null {
  if (!existsSync(record)) return null;
  const { status, output } = JSON.parse(readFileSync(record, 'utf8')) as { status: number; output: string };
  return { status, output, outDir, cacheDir: join(dirname(record), 'cache') };
}

/** Runs `work` holding a lock folder, so parallel test files build a site once between them. */
function withLock<T>(lock: string, work: () => T): T {
  const release = acquire(lock);
  try {
    return work();
  } finally {
    release();
  }
}

/**
 * Takes a lock folder, waiting (blocking this file's process) while another test file holds it,
 * and returns its release.
 */
function acquire(lock: string): () => void {
  mkdirSync(resolve(lock, '..'), { recursive: true });
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      // A lock older than ten minutes belongs to a run that died; the holder may release it meanwhile.
      const taken = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (taken !== undefined && Date.now() - taken > 600_000) rmSync(lock, { recursive: true, force: true });
      Atomics.wait(sleeper, 0, 0, 200);
    }
  }
}

/** Removes shared builds of earlier runs (an hour old: a run that is still going keeps its own). */
function pruneOtherRuns(home: string, run: string): void {
  if (!existsSync(home)) return;
  for (const name of readdirSync(home)) {
    const path = join(home, name);
    // Another file of this run may be pruning the same folder at the same time.
    const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (!name.startsWith(`${run}-`) && Date.now() - modified > 3_600_000) rmSync(path, { recursive: true, force: true });
  }
}

function digest(parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Every file of a built site, as `/`-separated paths relative to its folder, sorted. */
export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split('\\').join('/'))
    .sort();
}

/** Every HTML file of a built site, as paths relative to its folder. */
export function htmlFiles(dir: string): string[] {
  return builtFiles(dir).filter((f) => f.endsWith('.html'));
}

/** Reads one built page. */
export function readPage(dir: string, rel: string): string {
  return readFileSync(join(dir, rel), 'utf8');
}
