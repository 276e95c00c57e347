import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildSettings } from '../../../src/io/build-settings.ts';

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'working-directory'?: string;
  'continue-on-error'?: boolean;
}
interface Job {
  permissions?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown[]> };
  needs?: string | string[];
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const DIR = join(import.meta.dirname, '../../../.github/workflows');
const text = (name: string) => readFileSync(join(DIR, name), 'utf8');
/** The workflow without its comments (which may name what it must never do). */
const code = (name: string) => text(name).replace(/^\s*#.*$/gm, '');
const load = (name: string) => parse(text(name)) as Workflow;
const runs = (job: Job) => job.steps.flatMap((s) => (s.run ? [s.run.trim()] : []));

for (const name of ['pr.yml', 'deploy.yml']) {
  test(`${name} never uses pull_request_target or secrets, and reads the repository only by default`, () => {
    assert.ok(!('pull_request_target' in load(name).on));
    assert.doesNotMatch(code(name), /pull_request_target|workflow_run/);
    assert.doesNotMatch(code(name), /secrets\./);
    assert.deepEqual(load(name).permissions, { contents: 'read' });
    for (const job of Object.values(load(name).jobs)) {
      for (const checkout of job.steps.filter((s) => s.uses?.startsWith('actions/checkout@'))) {
        assert.equal(checkout.with?.['persist-credentials'], false, 'the token is not left in .git/config');
      }
    }
  });

  test(`every npm script ${name} runs is one package.json has`, () => {
    const scripts = (JSON.parse(readFileSync(join(DIR, '../../package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const named = [...code(name).matchAll(/npm (?:run (?:--silent )?([\w:-]+)|(test)\b)/g)].map((m) => m[1] ?? m[2]!);
    assert.ok(named.length > 0);
    for (const script of named) assert.ok(script in scripts, `npm run ${script}`);
  });
}

test('the pull-request workflow runs on pull_request with read-only rights: npm ci, the tutorial\'s Python, check, test:content; then every test', () => {
  const wf = load('pr.yml');
  assert.deepEqual(Object.keys(wf.on), ['pull_request']);
  assert.deepEqual(Object.keys(wf.jobs).sort(), ['check', 'site', 'test']);
  for (const job of Object.values(wf.jobs)) assert.equal(job.permissions, undefined, 'no job widens the permissions');
  const job = wf.jobs.check!;
  // The quick content verdict (which builds the site) beside the long run of every test.
  assert.deepEqual(runs(job), ['npm ci', 'npm run tutorial-python', 'npm run check', 'npm run test:content']);
  for (const j of [job, wf.jobs.test!]) {
    const python = j.steps.findIndex((s) => s.uses?.startsWith('actions/setup-python@'));
    assert.ok(python >= 0 && python < j.steps.findIndex((s) => s.run === 'npm run tutorial-python'), 'Python is set up before the virtual environment');
  }
  // GitHub sets CI=true, which turns a missing test runtime into a failure: nothing may unset it.
  assert.doesNotMatch(code('pr.yml'), /\bCI:/);
});

test('the test job runs npm test in parts: its steps, with each part of the test files once', () => {
  const job = load('pr.yml').jobs.test!;
  const scripts = (JSON.parse(readFileSync(join(DIR, '../../package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  // npm test is the type check, the browser list, then every test file.
  const files = /^npm run typecheck && node scripts\/browser-builds\.ts && npm run test:files -- (".+")$/.exec(scripts.test!);
  assert.ok(files, scripts.test);
  assert.equal(scripts.browsers, 'node scripts/browser-builds.ts');
  const shards = job.strategy?.matrix?.shard;
  assert.ok(Array.isArray(shards) && shards.length > 1, 'a matrix of parts');
  assert.deepEqual(shards, shards.map((_, i) => i + 1), 'parts 1 to n, each once');
  assert.deepEqual(runs(job), [
    'npm ci',
    'npm run tutorial-python',
    'npm run typecheck',
    'npm run browsers',
    `npm run test:files -- --test-shard=\${{ matrix.shard }}/${shards.length} ${files[1]}`,
  ]);
});

test('the pull-request workflow builds the base and the pull request, reports the difference in the job summary and uploads the site', () => {
  const steps = load('pr.yml').jobs.site!.steps;
  const at = (find: (s: Step) => boolean, what: string) => {
    const i = steps.findIndex(find);
    assert.ok(i >= 0, what);
    return i;
  };
  const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
  assert.deepEqual(checkouts.map((s) => s.with?.path), ['pr', 'base']);
  // The base is the merge commit's first parent: exactly the site the merge changes.
  const parent = at((s) => s.id === 'base', 'a step finds the base');
  assert.match(steps[parent]!.run ?? '', /git cat-file -p HEAD \| sed -n 's\/\^parent \/\/p'/);
  assert.equal(steps[parent]!['working-directory'], 'pr');
  assert.equal(checkouts[1]!.with?.ref, '${{ steps.base.outputs.sha }}');
  assert.ok(parent < steps.indexOf(checkouts[1]!));
  // Each tree is installed and built with its own lock file and code.
  const baseBuild = at((s) => s.id === 'base-build', 'the base is built');
  assert.equal(steps[baseBuild]!.run, 'npm ci && npm run build');
  assert.equal(steps[baseBuild]!['working-directory'], 'base');
  assert.equal(steps[baseBuild]!['continue-on-error'], true, 'a base that does not build does not block the pull request');
  const prInstall = at((s) => s.run === 'npm ci' && s['working-directory'] === 'pr', 'the pull request is installed');
  const prBuild = at((s) => s.run === 'npm run build' && s['working-directory'] === 'pr', 'the pull request is built');
  assert.ok(prInstall < prBuild);
  // The report: only the script's own output (npm's banner silenced) into the job summary.
  const report = at((s) => /site-diff/.test(s.run ?? ''), 'site-diff runs');
  assert.equal(steps[report]!.run, 'npm run --silent site-diff -- ../base/dist dist >> "$GITHUB_STEP_SUMMARY"');
  assert.equal(steps[report]!['working-directory'], 'pr');
  assert.equal(steps[report]!.if, "steps.base-build.outcome == 'success'");
  assert.ok(report > prBuild && report > baseBuild);
  const noBase = at((s) => s.if === "steps.base-build.outcome != 'success'", 'a failed base build is said in the summary');
  assert.match(steps[noBase]!.run ?? '', />> "\$GITHUB_STEP_SUMMARY"$/);
  // The pull request's site, for a reviewer to download and serve.
  const upload = at((s) => s.uses?.startsWith('actions/upload-artifact@') ?? false, 'the site is uploaded');
  assert.equal(steps[upload]!.with?.path, 'pr/dist');
  assert.ok(upload > prBuild);
});

test('the deploy workflow builds main under the repository base path and publishes to Pages', () => {
  const wf = load('deploy.yml');
  assert.deepEqual((wf.on.push as { branches: string[] }).branches, ['main']);
  const build = wf.jobs.build!;
  const deploy = wf.jobs.deploy!;
  assert.equal(build.permissions, undefined, 'the build job cannot write anything');
  const buildStep = build.steps.find((s) => s.run === 'npm run build');
  assert.match(buildStep?.env?.BASE ?? '', /format\('\/\{0\}\/', github\.event\.repository\.name\)/);
  const steps = runs(build);
  assert.deepEqual(steps.slice(0, 2), ['npm ci', 'npm run build']);
  assert.ok(steps.includes('touch dist/.nojekyll'));
  const upload = build.steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
  assert.ok(upload > build.steps.findIndex((s) => s.run === 'touch dist/.nojekyll'), '.nojekyll is written before the upload');
  assert.equal(build.steps[upload]?.with?.path, 'dist');
  assert.equal(build.steps[upload]?.with?.['include-hidden-files'], true, 'the upload keeps .nojekyll');
  // Astro's cache survives between runs, restored after npm ci (which empties node_modules).
  const cache = build.steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
  assert.ok(cache > build.steps.findIndex((s) => s.run === 'npm ci') && cache < build.steps.findIndex((s) => s.run === 'npm run build'), 'the cache is restored between npm ci and the build');
  assert.equal(build.steps[cache]?.with?.path, buildSettings({}).cacheDir, "the build's default cache folder");
  assert.equal(buildStep?.env?.CACHE_DIR, undefined, 'the build uses the default cacheDir');
  const key = String(build.steps[cache]?.with?.key);
  const restore = String(build.steps[cache]?.with?.['restore-keys']);
  assert.match(key, /hashFiles\('package-lock\.json'\)/);
  assert.ok(key.startsWith(restore) && key !== restore, 'a run restores the latest entry for the same lock file and saves its own');
  assert.equal(deploy.needs, 'build');
  assert.deepEqual(deploy.permissions, { pages: 'write', 'id-token': 'write' });
  assert.ok(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
  assert.equal(code('deploy.yml').match(/pages: write/g)?.length, 1, 'only the deploy job may write to Pages');
});
