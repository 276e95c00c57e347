// The offline cache. scripts/service-worker.ts writes this file to dist/sw.js with PRECACHE
// (cache name and URL list) and BASE defined above it, after Pagefind has written its bundle.
/* global PRECACHE, BASE */

/** Astro's bundled assets and Pagefind's index chunks and fragments carry a content hash in their name. */
const HASHED = /\/_astro\/|\/pagefind\/.*_[0-9a-f]{7,}\.pf_/;

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
  if (HASHED.test(url.pathname)) {
    // Files whose names change with their content: the cache first, never stale.
    event.respondWith(cached(url.href).then((hit) => hit ?? fetch(request)));
    return;
  }
  // Pages and fixed names (pagefind.js, its entry file and wasm): the network first, so an online
  // reader (or `npm run dev` on the same port) gets the latest; the cache when offline.
  const fallback = request.mode === 'navigate' ? `${BASE}404.html` : null;
  event.respondWith(
    fetch(request).catch(async () => (await cached(url.href)) ?? (fallback && (await cached(new URL(fallback, url).href))) ?? Response.error()),
  );
});
