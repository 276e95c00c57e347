import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedBuild, htmlFiles } from '../helpers/build-site.ts';
import { readRouteTable } from '../../src/pipeline/route-table-file.ts';

/** The page URLs of a built sitemap: the index names the sitemap files, each lists its pages. */
function sitemapLocs(outDir: string, origin: string): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
  const files = locs(readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8'));
  assert.ok(files.length > 0, 'the index names at least one sitemap');
  return files.flatMap((file) => {
    assert.ok(file.startsWith(origin), file);
    return locs(readFileSync(join(outDir, file.slice(origin.length)), 'utf8'));
  });
}

test('the sitemap and robots.txt use the site origin and the base path', () => {
  const built = sharedBuild('test/fixtures/site-basic', { BASE: '/docs/', SITE: 'https://example.org' });
  assert.equal(built.status, 0, built.output);
  const locs = sitemapLocs(built.outDir, 'https://example.org/docs/');
  assert.deepEqual(locs, [
    'https://example.org/docs/',
    'https://example.org/docs/guide/',
    'https://example.org/docs/guide/first-steps/',
  ]);
  // Every listed URL is a built page, and every page but the 404 and the offline page is listed.
  const pages = htmlFiles(built.outDir).filter((f) => f !== '404.html' && f !== 'offline/index.html');
  for (const loc of locs) assert.ok(existsSync(join(built.outDir, loc.slice('https://example.org/docs/'.length), 'index.html')), loc);
  assert.equal(locs.length, pages.length);
  assert.equal(
    readFileSync(join(built.outDir, 'robots.txt'), 'utf8'),
    'User-agent: *\nAllow: /\n\nSitemap: https://example.org/docs/sitemap-index.xml\n',
  );
});

test('the sitemap lists the generated section pages of folders without an index', () => {
  // The navigation tests' build (the default origin): one build fewer.
  const built = sharedBuild('test/fixtures/site-nav');
  assert.equal(built.status, 0, built.output);
  // The route table the build kept names the origin; it is not published.
  assert.equal(existsSync(join(built.outDir, 'routes.json')), false);
  const routes = readRouteTable(built.cacheDir, built.outDir);
  const origin = new URL('/', routes.site).href;
  const locs = sitemapLocs(built.outDir, origin);
  // extras/ and extras/deep/ have no index.mdx: their pages are generated, and listed.
  assert.ok(!existsSync('test/fixtures/site-nav/extras/index.mdx') && !existsSync('test/fixtures/site-nav/extras/deep/index.mdx'));
  assert.ok(locs.includes(`${origin}extras/`), locs.join('\n'));
  assert.ok(locs.includes(`${origin}extras/deep/`), locs.join('\n'));
  // Every page but the 404 and the offline page, which the worker serves in place of others.
  const pages = htmlFiles(built.outDir).filter((f) => f !== '404.html' && f !== 'offline/index.html').map((f) => `${origin}${f.replace(/index\.html$/, '')}`);
  assert.deepEqual(locs, pages.sort());
  assert.deepEqual(routes.routes.filter((r) => r.sitemap).map((r) => r.absoluteUrl).sort(), locs);
});
