import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildSettings } from '../../src/adapters/build-settings.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  needs?: string | string[];
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const DIR = join(import.meta.dirname, '../../.github/workflows');
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
      const checkout = job.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
      if (checkout) assert.equal(checkout.with?.['persist-credentials'], false, 'the token is not left in .git/config');
    }
  });
}

test('the pull-request workflow runs on pull_request with read-only rights: npm ci, the tutorial\'s Python, check, test, build', () => {
  const wf = load('pr.yml');
  assert.deepEqual(Object.keys(wf.on), ['pull_request']);
  const jobs = Object.values(wf.jobs);
  assert.equal(jobs.length, 1);
  const job = jobs[0]!;
  assert.equal(job.permissions, undefined, 'no job widens the permissions');
  assert.deepEqual(runs(job), ['npm ci', 'npm run tutorial-python', 'npm run check', 'npm test', 'npm run build']);
  const python = job.steps.findIndex((s) => s.uses?.startsWith('actions/setup-python@'));
  assert.ok(python >= 0 && python < job.steps.findIndex((s) => s.run === 'npm run tutorial-python'), 'Python is set up before the virtual environment');
  // GitHub sets CI=true, which turns a missing test runtime into a failure: nothing may unset it.
  assert.doesNotMatch(code('pr.yml'), /\bCI:/);
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
