import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBuild } from '../helpers/build-site.ts';
import { listContentFiles } from '../../src/lib/content/content-set.ts';

const FIXTURE = 'test/fixtures/site-basic';
const total = listContentFiles(FIXTURE).length;

test('the build prints pages done out of the total as it goes, and each phase time at the end', () => {
  const site = sharedBuild(FIXTURE);
  assert.equal(site.status, 0, site.output);
  // A small site renders its pages between two lines; the count shows on large ones (unit-tested).
  assert.match(site.output, new RegExp(`^loading content(?:: \\d+/${total} pages rendered)? \\(\\d+\\.\\ds\\)$`, 'm'));
  assert.match(site.output, /^bundling \(\d+\.\ds\)$/m);
  assert.match(site.output, new RegExp(`^rendering: ${total}/${total} pages \\(\\d+\\.\\ds\\)$`, 'm'));
  assert.match(site.output, new RegExp(`^built ${total} pages into .* \\(check \\d+\\.\\d+s, markdown \\d+\\.\\d+s, astro \\d+\\.\\d+s, pagefind \\d+\\.\\d+s, scan \\d+\\.\\d+s, vocabulary \\d+\\.\\d+s, offline \\d+\\.\\d+s\\)$`, 'm'));
});

test('BUILD_PROGRESS=off builds without the progress lines', () => {
  const site = sharedBuild(FIXTURE, { BUILD_PROGRESS: 'off' });
  assert.equal(site.status, 0, site.output);
  assert.doesNotMatch(site.output, /pages rendered|^rendering:/m);
});
