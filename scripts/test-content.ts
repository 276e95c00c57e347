import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { buildSettings } from '../src/io/build-settings.ts';
import { checkDist } from './check-dist.ts';

const HELP = `Usage: npm run test:content

What a change to content/ alone can break, in well under a minute: the content check (npm run
check), one build of the site into dist/ (npm run build) and the content tests (test/content/),
side by side, then the crawl of the built site for broken links and fragments (npm run
check:dist).
Prints one line per step, and the output of any step that failed; exits 1 if one did.
Run it before opening a pull request that changes content; npm test runs everything.`;

interface StepResult {
  ok: boolean;
  /** One line for the summary. */
  line: string;
  /** Shown when the step failed. */
  output: string;
}

/** A Node script running with its output collected; `done` gives its status and time. */
interface Running {
  done: Promise<{ status: number; output: string; seconds: number }>;
  stop(): void;
}

/** Starts a Node script, collecting its output, and times it. */
function runNode(args: string[]): Running {
  const start = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, FORCE_COLOR: '0' } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const done = new Promise<{ status: number; output: string; seconds: number }>((resolve) => {
    child.on('close', (status) => resolve({ status: status ?? 1, output, seconds: (performance.now() - start) / 1000 }));
  });
  return { done, stop: () => child.kill() };
}

const seconds = (s: number) => `${s.toFixed(1)} s`;

/** The content check alone: a second or two, where the build first spends seconds loading Astro. */
async function contentCheck(): Promise<StepResult> {
  const run = await runNode(['scripts/check.ts']).done;
  const line = run.status === 0 ? 'content check: no problems' : 'content check: problems (above)';
  return { ok: run.status === 0, line: `${line} (${seconds(run.seconds)})`, output: run.output };
}

/** One build of the site, as npm run build makes it (it runs the check again, in a fraction of a second). */
async function build(running: Running): Promise<StepResult> {
  const run = await running.done;
  const built = /^built .*$/m.exec(run.output)?.[0];
  return { ok: run.status === 0, line: `build: ${run.status === 0 ? (built ?? 'done') : 'failed'} (${seconds(run.seconds)})`, output: run.output };
}

/** The tests of test/content/; a test skipped for a missing runtime is named with its reason. */
async function contentTests(): Promise<StepResult> {
  // One process for all the files: each alone spends about two seconds loading the parser and
  // the content, which is most of its time.
  const run = await runNode(['--test', '--experimental-test-isolation=none', '--test-reporter=spec', 'test/content/**/*.test.ts']).done;
  const count = (what: string) => Number(new RegExp(`^ℹ ${what} (\\d+)$`, 'm').exec(run.output)?.[1] ?? 0);
  const skipped = run.output.split('\n').filter((l) => /# SKIP/.test(l)).map((l) => `  ${l.trim()}`);
  const tally = `${count('pass')} passed, ${count('fail')} failed, ${count('skipped')} skipped`;
  return { ok: run.status === 0, line: [`content tests: ${tally} (${seconds(run.seconds)})`, ...skipped].join('\n'), output: run.output };
}

/** The crawl of the built site: every internal link, image and fragment, pages and copies. */
function crawl(dir: string): StepResult {
  const start = performance.now();
  const { problems, checked } = checkDist(dir);
  const took = seconds((performance.now() - start) / 1000);
  return problems.length === 0
    ? { ok: true, line: `built-site links: all ${checked} resolve (${took})`, output: '' }
    : { ok: false, line: `built-site links: ${problems.length} broken (${took})`, output: problems.join('\n') };
}

if (import.meta.main) {
  if (process.argv.includes('--help')) {
    console.log(HELP);
    process.exit(0);
  }
  const start = performance.now();
  const results: StepResult[] = [];
  // Each step is told as it ends, with the output of a failed one above its line.
  const report = (result: StepResult) => {
    if (!result.ok) console.error(`${result.output.trimEnd()}\n`);
    console.log(`${result.ok ? '✔' : '✖'} ${result.line}`);
    results.push(result);
    return result;
  };
  // All three start at once; the check ends first, so a problem in the content is reported in
  // seconds and the build, which would stop on it too, is stopped.
  const tests = contentTests().then(report);
  const building = runNode(['scripts/build.ts']);
  if (!report(await contentCheck()).ok) building.stop();
  else if (report(await build(building)).ok) report(crawl(buildSettings().outDir));
  await tests;
  const ok = results.every((r) => r.ok);
  console.log(`${ok ? 'Content is ready for a pull request' : 'Fix the problems above'} (${seconds((performance.now() - start) / 1000)} in all).`);
  process.exitCode = ok ? 0 : 1;
}
