import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteAsync, builtFiles, cacheDirFor, htmlFiles, sharedBuild } from '../helpers/build-site.ts';

// Two builds at once, each with its own cache folder and no lock, so Astro's state (`.astro/`)
// must be each build's own. One builds the fixture the shared build of other files also builds.
const names = ['parallel-basic', 'parallel-nav'];
for (const name of names) rmSync(cacheDirFor(name), { recursive: true, force: true });
const [basic, nav] = await Promise.all([buildSiteAsync(names[0]!, 'test/fixtures/site-basic'), buildSiteAsync(names[1]!, 'test/fixtures/site-nav')]);
const shared = sharedBuild('test/fixtures/site-basic');

test('builds running at the same time all succeed', () => {
  for (const build of [basic, nav]) assert.equal(build.status, 0, build.output);
});

test('each build keeps Astro state in its own cache folder', () => {
  for (const build of [basic, nav]) {
    assert.ok(existsSync(join(build.cacheDir, 'astro-root/.astro/content-modules.mjs')), `no .astro/ state in ${build.cacheDir}`);
  }
});

test('the same content built beside another build, with its state in another folder, gives the same bytes', () => {
  assert.equal(shared.status, 0, shared.output);
  const listed = builtFiles(shared.outDir);
  assert.deepEqual(builtFiles(basic.outDir), listed);
  // Bundled file names and scoped-style hashes come from paths relative to Astro's root: the
  // project for both, wherever their state is.
  for (const file of listed) assert.ok(readFileSync(join(basic.outDir, file)).equals(readFileSync(join(shared.outDir, file))), `${file} differs`);
});

test('the project stays Astro\'s root: a page\'s edit link names its file from the project', () => {
  const page = readFileSync(join(nav.outDir, 'tour/middle/index.html'), 'utf8');
  assert.match(page, /href="[^"]*\/edit\/[^"/]+\/test\/fixtures\/site-nav\/tour\/middle\.mdx"/);
});

test('a build running beside another shows only its own content', () => {
  const navPages = htmlFiles(nav.outDir);
  const basicPages = htmlFiles(basic.outDir);
  assert.ok(navPages.includes('tour/middle/index.html'), navPages.join('\n'));
  assert.ok(!basicPages.includes('tour/middle/index.html'), basicPages.join('\n'));
  assert.notDeepEqual(navPages, basicPages);
});
