import { test } from 'node:test';
import assert from 'node:assert/strict';
import { robotsTxt } from '../../../src/lib/site/robots-txt.ts';

test('robots.txt names the sitemap', () => {
  assert.equal(robotsTxt('https://x.org/docs/sitemap-index.xml'), 'User-agent: *\nAllow: /\n\nSitemap: https://x.org/docs/sitemap-index.xml\n');
});
