import { test } from 'node:test';
import assert from 'node:assert/strict';
import { precacheFor, urlForFile } from '../../src/lib/search/precache.ts';

test('pages are cached at their folder URL, other files as they are, under the base', () => {
  assert.equal(urlForFile('index.html', '/'), '/');
  assert.equal(urlForFile('get-started/index.html', '/docs/'), '/docs/get-started/');
  assert.equal(urlForFile('404.html', '/docs/'), '/docs/404.html');
  assert.equal(urlForFile('pagefind/pagefind.js', '/docs/'), '/docs/pagefind/pagefind.js');
});

test('the worker itself is left out; the cache name follows every file content', () => {
  const files = [
    { path: 'index.html', hash: 'a' },
    { path: 'sw.js', hash: 'b' },
    { path: 'pagefind/wasm.en.pagefind', hash: 'c' },
  ];
  const first = precacheFor(files, '/');
  assert.deepEqual(first.urls, ['/', '/pagefind/wasm.en.pagefind']);
  assert.match(first.cacheName, /^docs-[0-9a-f]{16}$/);
  assert.equal(precacheFor([...files].reverse(), '/').cacheName, first.cacheName, 'order does not matter');
  assert.equal(precacheFor([files[0]!, files[1]!, { ...files[2]!, hash: 'd' }], '/').cacheName === first.cacheName, false);
  assert.equal(precacheFor([files[0]!, { ...files[1]!, hash: 'z' }, files[2]!], '/').cacheName, first.cacheName, 'sw.js itself does not count');
});
