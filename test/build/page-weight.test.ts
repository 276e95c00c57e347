import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lazySharedBuild } from '../helpers/build-site.ts';
import { sitePageWeights } from '../../scripts/bench/site-weights.ts';

/**
 * Gzipped bytes a Get Started page may load before the reader opens search. The HTML allows
 * 16 KB: a part carries the macOS and Linux and the Windows form of each command it differs on,
 * and its At a glance box.
 */
const BUDGET = { js: 5 * 1024, css: 12 * 1024, html: 16 * 1024 } as const;

const site = lazySharedBuild('content');

test('every Get Started page stays within its gzipped JS, CSS and HTML budgets', () => {
  assert.equal(site.status, 0, site.output);
  const pages = sitePageWeights(site.outDir).filter((p) => p.url.startsWith('/get-started/'));
  assert.ok(pages.length >= 3, `only ${pages.length} Get Started pages were built`);
  const over = pages.flatMap((p) =>
    (['js', 'css', 'html'] as const)
      .filter((kind) => p[kind].gzip > BUDGET[kind])
      .map((kind) => `${p.url}: ${kind} ${p[kind].gzip} B gzipped > ${BUDGET[kind]} B (${p.assets.join(', ') || 'inline only'})`),
  );
  assert.deepEqual(over, []);
});

test('the weights count what the page really loads', () => {
  const containers = sitePageWeights(site.outDir).find((p) => p.url === '/get-started/containers/');
  assert.ok(containers, 'the Containers page was built');
  assert.ok(containers.html.gzip > 1000 && containers.html.gzip < containers.html.raw, 'HTML is weighed and compresses');
  assert.ok(containers.css.raw > 0, 'the site stylesheet is counted, linked or inline');
});
