import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildSiteAsync, htmlFiles } from '../helpers/build-site.ts';

// Three builds at once, each with its own cache folder: one fixture twice, another once. They take
// no lock, so Astro's state (`.astro/`) must be each build's own.
const names = ['parallel-basic-a', 'parallel-basic-b', 'parallel-nav'];
for (const name of names) rmSync(join(ROOT, 'test/.out/builds/.cache', name), { recursive: true, force: true });
const [basicA, basicB, nav] = await Promise.all([
  buildSiteAsync(names[0]!, 'test/fixtures/site-basic'),
  buildSiteAsync(names[1]!, 'test/fixtures/site-basic'),
  buildSiteAsync(names[2]!, 'test/fixtures/site-nav'),
]);

/** Every file of a built site, as paths relative to its folder. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

test('builds running at the same time all succeed', () => {
  for (const build of [basicA, basicB, nav]) assert.equal(build.status, 0, build.output);
});

test('each build keeps Astro state in its own cache folder', () => {
  for (const build of [basicA, basicB, nav]) {
    assert.ok(existsSync(join(build.cacheDir, 'astro-root/.astro/content-modules.mjs')), `no .astro/ state in ${build.cacheDir}`);
  }
});

test('the same content built at the same time, with its state in another folder, gives the same bytes', () => {
  const listed = files(basicA.outDir);
  assert.deepEqual(files(basicB.outDir), listed);
  // Bundled file names and scoped-style hashes come from paths relative to Astro's root: the
  // project for both, wherever their state is.
  for (const file of listed) assert.ok(readFileSync(join(basicA.outDir, file)).equals(readFileSync(join(basicB.outDir, file))), `${file} differs`);
});

test('the project stays Astro\'s root: a page\'s edit link names its file from the project', () => {
  const page = readFileSync(join(nav.outDir, 'tour/middle/index.html'), 'utf8');
  assert.match(page, /href="[^"]*\/edit\/[^"/]+\/test\/fixtures\/site-nav\/tour\/middle\.mdx"/);
});

test('a build running beside another shows only its own content', () => {
  const navPages = htmlFiles(nav.outDir);
  const basicPages = htmlFiles(basicA.outDir);
  assert.ok(navPages.includes('tour/middle/index.html'), navPages.join('\n'));
  assert.ok(!basicPages.includes('tour/middle/index.html'), basicPages.join('\n'));
  assert.notDeepEqual(navPages, basicPages);
});
