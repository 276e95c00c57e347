import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sharedBuild, ROOT } from '../helpers/build-site.ts';

test('npm run screenshots saves each width in both themes as PNG', () => {
  const site = sharedBuild('test/fixtures/site-nav');
  assert.equal(site.status, 0, site.output);
  const out = join(ROOT, 'test/.out/screenshots');
  rmSync(out, { recursive: true, force: true });
  const run = spawnSync(process.execPath, ['scripts/screenshots.ts', '--no-build', '--dir', site.outDir, '--out', out, '--page', 'tour/middle/'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark']) {
      const png = readFileSync(join(out, `middle-${width}-${theme}.png`));
      assert.equal(png.subarray(1, 4).toString(), 'PNG');
      assert.equal(png.readUInt32BE(16), width, `middle-${width}-${theme}.png is ${width} px wide`);
    }
  }
  // The two themes really differ: the dark shot is not the light one.
  assert.notDeepEqual(readFileSync(join(out, 'middle-375-light.png')), readFileSync(join(out, 'middle-375-dark.png')));
});
