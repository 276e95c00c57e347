import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, robotsTxt, sitemapXml } from '../../src/lib/sitemap.ts';

test('absolute URLs join origin, base and path', () => {
  assert.equal(absoluteUrl('https://example.org', '/', '/'), 'https://example.org/');
  assert.equal(absoluteUrl('https://example.org/', '/docs/', '/get-started/'), 'https://example.org/docs/get-started/');
  assert.equal(absoluteUrl('https://example.org', '/docs', 'sitemap.xml'), 'https://example.org/docs/sitemap.xml');
});

test('the sitemap lists each URL once, sorted and escaped', () => {
  assert.equal(
    sitemapXml(['https://x.org/b/', 'https://x.org/a/?q=1&r=2', 'https://x.org/b/']),
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
      '  <url><loc>https://x.org/a/?q=1&amp;r=2</loc></url>\n  <url><loc>https://x.org/b/</loc></url>\n</urlset>\n',
  );
});

test('robots.txt names the sitemap', () => {
  assert.equal(robotsTxt('https://x.org/docs/sitemap.xml'), 'User-agent: *\nAllow: /\n\nSitemap: https://x.org/docs/sitemap.xml\n');
});
