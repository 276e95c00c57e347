import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { buildSettings } from '../src/adapters/build-settings.ts';
import { checkDist } from './check-dist.ts';

const HELP = `Usage: npm run test:content

What a change to content/ alone can break, in well under a minute: the content check and one
build of the site into dist/ (npm run build), the content tests (test/content/) beside it, then
the crawl of the built site for broken links and fragments (npm run check:dist).
Prints one line per step, and the output of any step that failed; exits 1 if one did.
Run it before opening a pull request that changes content; npm test runs everything.`;

interface StepResult {
  ok: boolean;
  /** One line for the summary. */
  line: string;
  /** Shown when the step failed. */
  output: string;
}

/** Runs a Node script, collecting its output, and times it. */
function runNode(args: string[]): Promise<{ status: number; output: string; seconds: number }> {
  const start = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('close', (status) => done({ status: status ?? 1, output, seconds: (performance.now() - start) / 1000 }));
  });
}

const seconds = (s: number) => `${s.toFixed(1)} s`;

/** The content check and the build (the build runs the check first and stops on any problem). */
async function checkAndBuild(): Promise<StepResult> {
  const run = await runNode(['scripts/build.ts']);
  const built = /^built .*$/m.exec(run.output)?.[0];
  return run.status === 0
    ? { ok: true, line: `check and build: ${built ?? 'done'} (${seconds(run.seconds)})`, output: run.output }
    : { ok: false, line: `check and build: failed (${seconds(run.seconds)})`, output: run.output };
}

/** The tests of test/content/; a test skipped for a missing runtime is named with its reason. */
async function contentTests(): Promise<StepResult> {
  // One process for all the files: each alone spends about two seconds loading the parser and
  // the content, which is most of its time.
  const run = await runNode(['--test', '--experimental-test-isolation=none', '--test-reporter=spec', 'test/content/**/*.test.ts']);
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
  // The build is mostly one busy process and the tests another: side by side they fill two cores.
  const [build, tests] = await Promise.all([checkAndBuild(), contentTests()]);
  const results = [build, tests];
  if (build.ok) results.push(crawl(buildSettings().outDir));
  for (const failed of results.filter((r) => !r.ok)) console.error(`${failed.output.trimEnd()}\n`);
  for (const result of results) console.log(`${result.ok ? '✔' : '✖'} ${result.line}`);
  const ok = results.every((r) => r.ok);
  console.log(`${ok ? 'Content is ready for a pull request' : 'Fix the problems above'} (${seconds((performance.now() - start) / 1000)} in all).`);
  process.exitCode = ok ? 0 : 1;
}
