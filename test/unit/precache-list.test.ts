import { test } from 'node:test';
import assert from 'node:assert/strict';
import { precacheFor } from '../../src/lib/offline/precache-list.ts';
import { buildRouteTable, tableOf } from '../../src/lib/routes.ts';

const table = (base: string) => buildRouteTable([{ id: 'index', source: 'index.mdx' }, { id: 'get-started/index', source: 'get-started/index.mdx' }], { site: 'https://x.org', base });

test('pages are cached at their route URL, other files as they are, under the base', () => {
  const files = ['index.html', 'get-started/index.html', '404.html', 'pagefind/pagefind.js', 'routes.json'].map((path) => ({ path, hash: path }));
  assert.deepEqual(precacheFor(files, table('/docs/')).urls, ['/docs/404.html', '/docs/get-started/', '/docs/', '/docs/pagefind/pagefind.js']);
  assert.deepEqual(precacheFor(files, table('/')).urls, ['/404.html', '/get-started/', '/', '/pagefind/pagefind.js']);
});

test('a route whose precache flag is off is left out', () => {
  const routes = table('/').routes.map((r) => (r.kind === 'not-found' ? { ...r, precache: false } : r));
  const files = ['index.html', '404.html'].map((path) => ({ path, hash: path }));
  assert.deepEqual(precacheFor(files, tableOf(routes, { site: 'https://x.org', base: '/' })).urls, ['/']);
});

test('the worker itself is left out; the cache name follows every file content', () => {
  const files = [
    { path: 'index.html', hash: 'a' },
    { path: 'sw.js', hash: 'b' },
    { path: 'pagefind/wasm.en.pagefind', hash: 'c' },
  ];
  const first = precacheFor(files, table('/'));
  assert.deepEqual(first.urls, ['/', '/pagefind/wasm.en.pagefind']);
  assert.match(first.cacheName, /^docs-[0-9a-f]{16}$/);
  assert.equal(precacheFor([...files].reverse(), table('/')).cacheName, first.cacheName, 'order does not matter');
  assert.equal(precacheFor([files[0]!, files[1]!, { ...files[2]!, hash: 'd' }], table('/')).cacheName === first.cacheName, false);
  assert.equal(precacheFor([files[0]!, { ...files[1]!, hash: 'z' }, files[2]!], table('/')).cacheName, first.cacheName, 'sw.js itself does not count');
});
