// Pagefind's `metaCacheTag`: Pagefind asks for `pagefind-entry.json?ts=<tag>`, by default with the
// time, so the entry never comes from a cache. The controlling worker knows the revision of the
// entry it precached; with that as the tag the worker answers from its cache, consistent with the
// rest of the bundle it holds. Without a worker the time stays (always the server's latest).
export const CACHE_TAG_MESSAGE = 'search-cache-tag';

/** The worker's build tag for Pagefind's entry file, or undefined when no worker answers. */
export function searchCacheTag(timeoutMs = 500): Promise<string | undefined> {
  const worker = typeof navigator !== 'undefined' ? navigator.serviceWorker?.controller : null;
  if (!worker) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(typeof event.data === 'string' && event.data ? event.data : undefined);
    };
    worker.postMessage({ type: CACHE_TAG_MESSAGE }, [channel.port2]);
  });
}
