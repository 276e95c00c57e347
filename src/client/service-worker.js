// The offline cache. scripts/service-worker.ts writes this file to dist/sw.js with PRECACHE
// (cache name and URL list) and BASE defined above it, after Pagefind has written its bundle.
/* global PRECACHE, BASE */

/** Cache key for a request: the path only, so Pagefind's `?ts=` and any other query hit the same entry. */
const keyFor = (url) => new URL(url).origin + new URL(url).pathname;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(PRECACHE.cacheName)
      .then((cache) => cache.addAll(PRECACHE.urls.map((u) => new Request(u, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('docs-') && n !== PRECACHE.cacheName).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

/** The cached copy of a URL, ignoring its query. */
async function cached(url) {
  const cache = await caches.open(PRECACHE.cacheName);
  return cache.match(keyFor(url));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so an online reader sees the latest build; the cache when offline.
    event.respondWith(
      fetch(request).catch(async () => (await cached(url.href)) ?? (await cached(new URL(`${BASE}404.html`, url).href)) ?? Response.error()),
    );
    return;
  }
  // Assets and the search index: their names change with their content, so the cache goes first.
  event.respondWith(cached(url.href).then((hit) => hit ?? fetch(request)));
});
