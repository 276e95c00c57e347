// The offline worker. src/pipeline/service-worker.ts bundles this file with esbuild (BASE defined) and
// lets Workbox inject the precache list, with one revision per file, in place of __WB_MANIFEST.
// Routing: the worker's own downloads pass through; content-hashed files come from a cache first;
// pages and fixed names from the network first, then any cache, then the offline page. A URL is
// looked up under every key it may be stored at (src/lib/offline/offline-url.ts): readers arrive
// with `#section` links, queries and folders without their slash.
import { cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { isOwnUrl, plainUrl, storedKeys } from '../lib/offline/offline-url.ts';
import { CACHE_TAG_MESSAGE } from './search-cache-tag.ts';
import { fetchManifest, keepManifest, readState, refreshSaved, SAVE_HEADER, SAVED_CACHE, savedManifest } from './offline-store.ts';
import { OFFLINE_STATUS_MESSAGE, type OfflineStatus } from '../lib/offline/offline-status.ts';
import { OFFLINE_PAGES_MESSAGE, offlinePageList, type OfflinePageLink } from '../lib/offline/offline-pages.ts';
import { MANIFEST_FILE, type OfflineManifest } from '../lib/offline/offline-plan.ts';

declare const BASE: string;
/** The build precaches the whole site (it fits the offline budget). */
declare const OFFLINE_ALL: boolean;
interface WorkerScope {
  __WB_MANIFEST: { url: string; revision: string | null }[];
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<{ url: string }[]> };
  addEventListener(type: 'activate', listener: (event: { waitUntil(p: Promise<unknown>): void }) => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown; ports: readonly MessagePort[] }) => void): void;
}
const worker = self as unknown as WorkerScope;
// Written as `self.__WB_MANIFEST` so Workbox finds its injection point in the bundle.
const MANIFEST = (self as unknown as WorkerScope).__WB_MANIFEST;

const PAGES = 'docs-pages';
const ASSETS = 'docs-assets';
/** Astro's bundled assets and Pagefind's chunks, fragments, filters and meta carry a content hash in their name. */
const HASHED = /\/_astro\/|\/pagefind\/.*\.pf_[a-z]+$/;

precache(MANIFEST);
cleanupOutdatedCaches();

/** A copy from the precache, the saved sections or the pages read, under any key the URL may be stored at. */
async function stored(url: string): Promise<{ key: string; response: Response } | undefined> {
  const saved = await caches.open(SAVED_CACHE);
  const pages = await caches.open(PAGES);
  for (const key of storedKeys(new URL(url))) {
    const response = (await matchPrecache(key)) ?? (await saved.match(key)) ?? (await pages.match(key));
    if (response) return { key, response };
  }
  return undefined;
}

/** For a page asked for as `/x` or `/x/index.html`, a redirect to `/x/`, so its relative links resolve as online. */
async function storedFor(request: Request): Promise<Response | undefined> {
  const hit = await stored(request.url);
  if (!hit) return undefined;
  const asked = new URL(request.url);
  if (request.mode === 'navigate' && hit.key !== plainUrl(asked)) return Response.redirect(hit.key + asked.search, 301);
  return hit.response;
}

const precached = new Set(MANIFEST.map((e) => new URL(e.url, location.href).href));
/** Runtime caches skip what the precache already holds. */
const notTwice = { cacheWillUpdate: async ({ request, response }: { request: Request; response: Response }) => (precached.has(plainUrl(new URL(request.url))) || !response.ok ? null : response) };
/** Pages are kept under their plain URL, so `?utm=…` and `#section` find the same copy. */
const plainKey = { cacheKeyWillBeUsed: async ({ request }: { request: Request }) => plainUrl(new URL(request.url)) };
/**
 * When the network and the runtime cache both fail: the precache, the saved sections, then for a
 * page the offline page. A request its page gave up (a navigation aborted it) gets an empty answer
 * nobody reads: a network error there is shown to the reader as the worker failing.
 */
const fallback = {
  handlerDidError: async ({ request, error }: { request: Request; error?: unknown }) =>
    (await storedFor(request)) ??
    (request.mode === 'navigate' ? await matchPrecache(`${BASE}offline/`) : undefined) ??
    ((error as { name?: string } | undefined)?.name === 'AbortError' ? new Response(null, { status: 499, statusText: 'Aborted' }) : Response.error()),
};
/** Hashed files are looked up in the precache and saved sections before the runtime cache is asked. */
const fromStore = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }: { request: Request; cachedResponse?: Response }) => cachedResponse ?? (await stored(request.url))?.response ?? null,
};

const own = (url: URL) => isOwnUrl(url, location.origin, BASE);

registerRoute(({ request }) => request.headers.has(SAVE_HEADER), new NetworkOnly());
// Pagefind's entry asked for with this build's tag: the precached copy, which matches the bundle.
const ENTRY = `${BASE}pagefind/pagefind-entry.json`;
const entryRevision = MANIFEST.find((e) => new URL(e.url, location.href).pathname === ENTRY)?.revision ?? undefined;
registerRoute(
  ({ url }) => own(url) && url.pathname === ENTRY && entryRevision !== undefined && url.searchParams.get('ts') === entryRevision,
  async ({ request }) => (await matchPrecache(ENTRY)) ?? fetch(request),
);
/** What can be read offline now; asked for by the page once this worker is active (its precache complete). */
async function offlineStatus(pageUrl: string): Promise<OfflineStatus> {
  const state = await readState(BASE);
  const manifest = state.sections.length > 0 ? await savedManifest(BASE) : undefined;
  const saved = state.sections.map((id) => ({ id, title: manifest?.sections.find((s) => s.id === id)?.title ?? id }));
  return { all: OFFLINE_ALL, saved, pageStored: (await stored(pageUrl)) !== undefined };
}

/** The manifest readable without the network: this build's, precached when the whole site is, else the copy kept. */
async function storedManifest(): Promise<OfflineManifest | undefined> {
  const precachedCopy = await matchPrecache(`${BASE}${MANIFEST_FILE}`);
  return precachedCopy ? ((await precachedCopy.json()) as OfflineManifest) : savedManifest(BASE);
}

/** Every page stored in any of the worker's caches, named by the manifest's titles. */
async function offlinePages(): Promise<OfflinePageLink[]> {
  const paths = [...precached].map((href) => new URL(href).pathname);
  for (const name of [SAVED_CACHE, PAGES]) {
    for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
  }
  return offlinePageList(paths, (await storedManifest())?.titles ?? {}, BASE);
}

worker.addEventListener('message', (event) => {
  const data = event.data as { type?: string; url?: string } | null;
  if (data?.type === OFFLINE_PAGES_MESSAGE) void offlinePages().then((pages) => event.ports[0]?.postMessage(pages));
  if (data?.type === CACHE_TAG_MESSAGE) event.ports[0]?.postMessage(entryRevision ?? '');
  if (data?.type === OFFLINE_STATUS_MESSAGE && typeof data.url === 'string') void offlineStatus(data.url).then((status) => event.ports[0]?.postMessage(status));
});
registerRoute(
  ({ url }) => own(url) && HASHED.test(url.pathname),
  new CacheFirst({ cacheName: ASSETS, plugins: [fromStore, notTwice, fallback, new ExpirationPlugin({ maxEntries: 1500, purgeOnQuotaError: true })] }),
);
// Every page read is kept (up to a limit); what is saved or precached is kept apart, with no limit.
// A network that hangs rather than fails gives way to a stored copy after a few seconds.
registerRoute(
  ({ url }) => own(url) && url.pathname !== `${BASE}sw.js`,
  new NetworkFirst({ cacheName: PAGES, networkTimeoutSeconds: 5, plugins: [plainKey, notTwice, fallback, new ExpirationPlugin({ maxEntries: 500, purgeOnQuotaError: true })] }),
);

/** Drops runtime copies of files the new build no longer has, and old caches of earlier workers. */
async function tidy(urls: Set<string>): Promise<void> {
  for (const name of await caches.keys()) if (/^docs-[0-9a-f]{16}$/.test(name)) await caches.delete(name);
  for (const name of [PAGES, ASSETS]) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) if (!urls.has(new URL(request.url).pathname)) await cache.delete(request);
  }
}

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await worker.clients.claim();
      // Nothing saved and nothing read yet (a first visit): no need for the manifest.
      const used = (await caches.has(PAGES)) || (await caches.has(ASSETS)) || (await readState(BASE)).sections.length > 0;
      // The page that installed the worker was read before the worker ran: keep it too.
      const pages = await caches.open(PAGES);
      for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
        const url = new URL(client.url);
        const plain = plainUrl(url);
        if (own(url) && !precached.has(plain) && !(await caches.match(plain))) await pages.add(plain).catch(() => undefined);
      }
      if (!used) return;
      try {
        const manifest = await fetchManifest(BASE);
        await keepManifest(BASE, manifest);
        await tidy(new Set(manifest.files.map((f) => f[0])));
        await refreshSaved(BASE, manifest);
      } catch {
        // Offline or the manifest is missing: saved files stay as they are until the next update.
      }
    })(),
  );
});
void worker.skipWaiting();
