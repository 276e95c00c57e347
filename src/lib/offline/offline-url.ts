/**
 * How the service worker finds its stored copy of a URL a reader asks for. Caches hold each file
 * under its plain URL (no query, no fragment; a page under its folder URL with the slash), while
 * readers arrive with `#section` links, `?utm=` queries, a folder without its slash or an
 * explicit `index.html`. Pure, so it is tested without a browser.
 */

/** Whether `url` belongs to the site: same origin, under the base (the worker's scope). */
export function isOwnUrl(url: URL, origin: string, base: string): boolean {
  return url.origin === origin && url.pathname.startsWith(base);
}

/** The URL without its query and fragment. */
export function plainUrl(url: URL): string {
  return url.origin + url.pathname;
}

/** The last path segment has no dot: a folder page asked for without its slash. */
const FOLDER_WITHOUT_SLASH = /\/[^/.]+$/;
const INDEX_FILE = /\/index\.html$/;

/**
 * The keys to try, in order: the plain URL, then for a folder written without its slash or as
 * `…/index.html` the folder URL with the slash (the form under which pages are stored).
 */
export function storedKeys(url: URL): string[] {
  const plain = plainUrl(url);
  if (INDEX_FILE.test(url.pathname)) return [plain, url.origin + url.pathname.replace(INDEX_FILE, '/')];
  if (FOLDER_WITHOUT_SLASH.test(url.pathname)) return [plain, `${plain}/`];
  return [plain];
}

/** The key a page is stored under: the folder URL with its slash, without query or fragment. */
export function pageKey(url: URL): string {
  const keys = storedKeys(url);
  return keys[keys.length - 1]!;
}
