import { titleFromFolder } from '../site/content-tree.ts';

/**
 * The offline page's list of what can be read without a network. The worker knows which URLs it
 * holds; the titles come from the offline manifest, which the build writes from the site model.
 */

export const OFFLINE_PAGES_MESSAGE = 'offline-pages';

export interface OfflinePageLink {
  url: string;
  title: string;
}

/** A stored URL path that is a page of the site (not the 404, the offline page or the store's own entries). */
export function isReadablePage(path: string, base: string): boolean {
  if (!path.startsWith(base) || !path.endsWith('/')) return false;
  return !/^(?:offline|__offline|404)\//.test(path.slice(base.length));
}

/** The stored pages, each once, by title, with the manifest's titles (by URL path). */
export function offlinePageList(paths: Iterable<string>, titles: Readonly<Record<string, string>>, base: string): OfflinePageLink[] {
  const seen = new Map<string, string>();
  for (const path of paths) {
    if (seen.has(path) || !isReadablePage(path, base)) continue;
    // A page the manifest does not know (a copy kept from an earlier build) is named from its folder.
    seen.set(path, titles[path] ?? titleFromFolder(decodeURIComponent(path.slice(base.length, -1))));
  }
  return [...seen].map(([url, title]) => ({ url, title })).sort((a, b) => a.title.localeCompare(b.title, 'en') || a.url.localeCompare(b.url));
}
