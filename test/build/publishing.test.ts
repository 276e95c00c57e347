import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedBuild, htmlFiles } from '../helpers/build-site.ts';

test('sitemap.xml and robots.txt use the site origin and the base path', () => {
  const built = sharedBuild('test/fixtures/site-basic', { BASE: '/docs/', SITE: 'https://example.org' });
  assert.equal(built.status, 0, built.output);
  const sitemap = readFileSync(join(built.outDir, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
  assert.deepEqual(locs, [
    'https://example.org/docs/',
    'https://example.org/docs/guide/',
    'https://example.org/docs/guide/first-steps/',
  ]);
  // Every listed URL is a built page, and every page but the 404 is listed.
  const pages = htmlFiles(built.outDir).filter((f) => f !== '404.html');
  for (const loc of locs) assert.ok(existsSync(join(built.outDir, loc.slice('https://example.org/docs/'.length), 'index.html')), loc);
  assert.equal(locs.length, pages.length);
  assert.equal(
    readFileSync(join(built.outDir, 'robots.txt'), 'utf8'),
    'User-agent: *\nAllow: /\n\nSitemap: https://example.org/docs/sitemap.xml\n',
  );
});
