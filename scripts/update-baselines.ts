import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pinnedChromium } from './browser-builds.ts';

const HELP = `Usage: npm run baselines:update [-- --aria | --screenshots]

Builds the site and rewrites the review baselines from this build, in the pinned Chromium:
  test/expected/aria/<page>.yml          the ARIA tree of every page (test/browser/aria-snapshots.test.ts)
  test/expected/screenshots/<name>.png   four templates, light and dark, 375 and 1280 px
                                         (test/browser/screenshot-baselines.test.ts)
Only baselines that no longer match are written (a screenshot within the tolerance is kept), a
new page gets its file and a removed page's file is deleted. Review the result with git diff
before committing it. --aria or --screenshots updates one kind alone.
It runs those two test files with UPDATE_BASELINES=1, which is ignored under CI.`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    aria: { type: 'boolean', default: false },
    screenshots: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (process.env.CI) {
  console.error('baselines:update does not run under CI, where the baselines are what the tests compare with.');
  process.exit(1);
}

// The tests skip without the pinned Chromium, which would leave every baseline as it was.
const pinned = await pinnedChromium();
if (!pinned.path) {
  console.error(`The baselines are taken in the pinned Chromium, which is missing here (it exists for Linux x64 only). Install: ${pinned.install}`);
  process.exit(1);
}

const both = !values.aria && !values.screenshots;
const files = [
  ...(both || values.aria ? ['test/browser/aria-snapshots.test.ts'] : []),
  ...(both || values.screenshots ? ['test/browser/screenshot-baselines.test.ts'] : []),
];
const run = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], {
  cwd: resolve(import.meta.dirname, '..'),
  stdio: 'inherit',
  env: { ...process.env, UPDATE_BASELINES: '1' },
});
if (run.status === 0) console.log('Baselines updated: see `git status test/expected/` and review `git diff` before committing.');
process.exit(run.status ?? 1);
