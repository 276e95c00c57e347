import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DevRun } from '../../../scripts/bench/dev-step.ts';
import { devTable, devTargets, type SizeResult } from '../../../scripts/bench/report.ts';

function run(site: DevRun['site'], r: number, warm: number, edit: number): DevRun {
  return { run: r, site, coldSeconds: 20, warmSeconds: warm, coldCpuSeconds: 18, warmCpuSeconds: 6, editSeconds: [edit], editMedianSeconds: edit, load: { cold: 1, warm: 1, edit: 1 } };
}
const size = (pages: number, dev: DevRun[], shape = 'regular'): SizeResult => ({ pages, shape, ours: [], floor: {}, dev });

test('the dev targets take our best run at 1,000 pages of each shape, and never the floor', () => {
  const targets = devTargets([
    size(100, [run('ours', 1, 9, 2)]),
    size(1000, [run('ours', 1, 6.2, 0.8), run('floor', 1, 3, 0.1), run('ours', 2, 4.9, 1.4)]),
    size(1000, [run('ours', 1, 7, 1.2)], 'deep'),
  ]);
  assert.deepEqual(targets.map((t) => [t.target, t.measured, t.met]), [
    ['1,000 pages: astro dev warm start to first page <= 5 s', '4.9 s', true],
    ['1,000 pages: astro dev edit visible <= 1 s (median)', '0.80 s', true],
    ['1,000 pages: astro dev warm start to first page <= 5 s (deep shape)', '7.0 s', false],
    ['1,000 pages: astro dev edit visible <= 1 s (median) (deep shape)', '1.20 s', false],
  ]);
});

test('the dev table compares our best run with the floor\'s', () => {
  const text = devTable([size(1000, [run('ours', 1, 6, 0.5), run('floor', 1, 8, 1)])]);
  assert.match(text, /ours\/floor\s+best\s+1\.00x\s+0\.75x\s+0\.50x/);
});
