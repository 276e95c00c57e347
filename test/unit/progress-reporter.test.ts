import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBuildProgress } from '../../src/lib/progress-reporter.ts';

test('the progress line follows the stage and its count, capped at the total', () => {
  let t = 1000;
  const p = createBuildProgress(3, () => t);
  assert.equal(p.line(), null);
  p.stage('loading content', false);
  t = 3500;
  assert.equal(p.line(), 'loading content (2.5s)');
  p.stage('compiling');
  p.tick('compiling');
  assert.equal(p.line(), 'compiling: 1/3 pages (2.5s)');
  p.tick('compiling');
  p.tick('compiling');
  t = 6000;
  assert.equal(p.line(), 'compiled 3/3 pages, bundling (5.0s)');
  p.stage('rendering');
  for (let i = 0; i < 4; i += 1) p.tick('rendering');
  assert.equal(p.line(), 'rendering: 3/3 pages (5.0s)');
});
