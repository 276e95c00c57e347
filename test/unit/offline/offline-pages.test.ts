import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isReadablePage, offlinePageList } from '../../../src/lib/offline/offline-pages.ts';

test('only pages of the site count: not the 404, the offline page, the store or other files', () => {
  assert.equal(isReadablePage('/docs/get-started/', '/docs/'), true);
  assert.equal(isReadablePage('/docs/', '/docs/'), true);
  assert.equal(isReadablePage('/docs/offline/', '/docs/'), false);
  assert.equal(isReadablePage('/docs/404/', '/docs/'), false);
  assert.equal(isReadablePage('/docs/__offline/state.json', '/docs/'), false);
  assert.equal(isReadablePage('/docs/_astro/site.css', '/docs/'), false);
  assert.equal(isReadablePage('/docs/get-started/index.md', '/docs/'), false);
  assert.equal(isReadablePage('/other/', '/docs/'), false);
});

test('pages are listed once each, by the manifest title, sorted; an unknown page is named from its folder', () => {
  const titles = { '/docs/': 'Docker Get Started', '/docs/get-started/containers/': 'Containers', '/docs/get-started/': 'Get started' };
  const list = offlinePageList(
    ['/docs/get-started/containers/', '/docs/get-started/', '/docs/get-started/containers/', '/docs/old-notes/', '/docs/offline/', '/docs/_astro/a.js', '/docs/'],
    titles,
    '/docs/',
  );
  assert.deepEqual(list, [
    { url: '/docs/get-started/containers/', title: 'Containers' },
    { url: '/docs/', title: 'Docker Get Started' },
    { url: '/docs/get-started/', title: 'Get started' },
    { url: '/docs/old-notes/', title: 'Old notes' },
  ]);
  assert.deepEqual(offlinePageList([], titles, '/docs/'), []);
});
