/**
 * The route table: every page the site emits, with its URL in each form and the file it is built
 * into. Routing, navigation, the sitemap, search, the offline cache, the crawler and the static
 * server read it; none of them maps a path to a URL on its own.
 */
import { normalizeBase } from './base-path.ts';

/** What produces a route. `markdown` is the Markdown copy of a page or section page. */
export type RouteKind = 'page' | 'section' | 'not-found' | 'markdown' | 'offline';

export interface Route {
  /** Entry id (`get-started/containers`); a generated section takes its `index` id; the 404 is `404`. */
  id: string;
  kind: RouteKind;
  /** Content file relative to the content folder, or null for a generated route. */
  source: string | null;
  /** URL path without the base: `/get-started/containers/`. */
  path: string;
  /** URL path with the base: `/docs/get-started/containers/`. */
  url: string;
  /** Absolute URL: `https://example.org/docs/get-started/containers/`. */
  absoluteUrl: string;
  /** Built file relative to the output folder: `get-started/containers/index.html`. */
  file: string;
  /** Pagefind indexes it. */
  search: boolean;
  /** Listed in `sitemap.xml`. */
  sitemap: boolean;
  /** Stored by the service worker on the first visit. */
  precache: boolean;
  /** On a `markdown` route: the id of the page it copies, whose section it is saved with. */
  copyOf?: string;
}

export interface RouteTable {
  site: string;
  base: string;
  /** Every route, sorted by path. */
  routes: Route[];
  byId(id: string): Route | undefined;
  /** By URL path with the base (`/docs/a/`); a folder URL without its slash does not match. */
  byUrl(url: string): Route | undefined;
  /** By built file relative to the output folder (`a/index.html`). */
  byFile(file: string): Route | undefined;
}

/** What the table needs from a content entry. */
export interface RouteEntry {
  id: string;
  /** Content file relative to the content folder (`get-started/containers.mdx`). */
  source: string;
}

export interface RouteOptions {
  /** Site origin (`https://example.org`), used for absolute URLs. */
  site: string;
  /** Base path the site is served under (`/` or `/docs/`). */
  base: string;
}

/** The id of the page Astro builds from `src/pages/404.astro`. */
export const NOT_FOUND_ID = '404';
/** The id of the page the service worker shows for a page that is not cached (`src/pages/offline.astro`). */
export const OFFLINE_ID = 'offline';

/** Turns a content path (`get-started/containers.mdx`) into its entry id (`get-started/containers`). */
export function entryIdFromPath(relPath: string): string {
  return relPath.replace(/\\/g, '/').replace(/\.mdx?$/, '');
}

/** The URL path (without base) of an entry id: a folder's `index` page sits at the folder's URL. */
export function pathForId(id: string): string {
  const trimmed = id.replace(/(^|\/)index$/, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The folder an entry belongs to, as an id prefix (`get-started`, or `` for the root). */
export function folderOfId(id: string): string {
  const parts = id.split('/');
  if (parts[parts.length - 1] === 'index') parts.pop();
  parts.pop();
  return parts.join('/');
}

/** The id of a folder's index page (`get-started` → `get-started/index`, `` → `index`). */
export function sectionIdOf(folder: string): string {
  return folder === '' ? 'index' : `${folder}/index`;
}

/**
 * Ids of the section pages the site generates: every folder on the way to a page that has no
 * `index` entry of its own, the root included.
 */
export function generatedSectionIds(ids: Iterable<string>): string[] {
  const have = new Set(ids);
  const generated = new Set<string>();
  for (const id of have) {
    let current = id;
    while (current !== 'index') {
      const parent = sectionIdOf(folderOfId(current));
      if (!have.has(parent)) generated.add(parent);
      current = parent;
    }
  }
  return [...generated].sort();
}

/** The absolute URL of a path under the base (`/get-started/` → `https://x.org/docs/get-started/`). */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(normalizeBase(base) + path.replace(/^\/+/, ''), site).href;
}

function route(id: string, kind: RouteKind, source: string | null, options: RouteOptions): Route {
  const base = normalizeBase(options.base);
  const path = kind === 'not-found' ? '/404.html' : pathForId(id);
  const url = base + path.slice(1);
  const file = kind === 'not-found' ? '404.html' : `${path.slice(1)}index.html`;
  const listed = kind !== 'not-found' && kind !== 'offline';
  return { id, kind, source, path, url, absoluteUrl: absoluteUrl(options.site, base, path), file, search: listed, sitemap: listed, precache: true };
}

/**
 * The section a built file belongs to: its top folder, or `''` (the home page and files at the
 * root). "Save for offline" saves by it; the page view names it (`PageView.section`).
 */
export function sectionOf(file: string): string {
  const slash = file.indexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}

/** The id of a page's Markdown copy (`markdown:get-started/containers`), kept apart from entry ids, which are file paths. */
export function markdownIdOf(pageId: string): string {
  return `markdown:${pageId}`;
}

/**
 * A page's Markdown copy: `index.md` beside its `index.html`. Not in the sitemap or search; kept
 * offline like its page (precached when the site fits the budget, else saved with its section).
 */
function markdownRoute(page: Route, options: RouteOptions): Route {
  const path = `${page.path}index.md`;
  const base = normalizeBase(options.base);
  return {
    id: markdownIdOf(page.id),
    kind: 'markdown',
    source: page.source,
    path,
    url: base + path.slice(1),
    absoluteUrl: absoluteUrl(options.site, base, path),
    file: path.slice(1),
    search: false,
    sitemap: false,
    precache: true,
    copyOf: page.id,
  };
}

/**
 * Builds the table from every content entry: one route per entry, one per generated section page,
 * a Markdown copy of each of those, and the 404 page. Entries must have distinct ids (the
 * navigation rule checks it beforehand).
 */
export function buildRouteTable(entries: readonly RouteEntry[], options: RouteOptions): RouteTable {
  const pages = [
    ...entries.map((e) => route(e.id, 'page', e.source.replace(/\\/g, '/'), options)),
    ...generatedSectionIds(entries.map((e) => e.id)).map((id) => route(id, 'section', null, options)),
  ];
  const routes = [
    ...pages,
    ...pages.map((page) => markdownRoute(page, options)),
    route(NOT_FOUND_ID, 'not-found', null, options),
    route(OFFLINE_ID, 'offline', null, options),
  ].sort((a, b) => a.path.localeCompare(b.path, 'en') || a.id.localeCompare(b.id, 'en'));
  return tableOf(routes, options);
}

/** Wraps a list of routes (built here, or read back from `routes.json`) with its lookups. */
export function tableOf(routes: Route[], options: RouteOptions): RouteTable {
  const byId = new Map(routes.map((r) => [r.id, r]));
  const byUrl = new Map(routes.map((r) => [r.url, r]));
  const byFile = new Map(routes.map((r) => [r.file, r]));
  return {
    site: options.site,
    base: normalizeBase(options.base),
    routes,
    byId: (id) => byId.get(id),
    byUrl: (url) => byUrl.get(url),
    byFile: (file) => byFile.get(file.replace(/^\/+/, '')),
  };
}

/** The form the build writes to `routes.json`, for scripts that run without Astro. */
export interface RouteTableJson {
  site: string;
  base: string;
  routes: Route[];
}

/** Serialises a table for `routes.json`. */
export function routeTableJson(table: RouteTable): string {
  const json: RouteTableJson = { site: table.site, base: table.base, routes: table.routes };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Reads `routes.json` text back into a table; throws naming what is wrong. */
export function parseRouteTableJson(text: string, where: string): RouteTable {
  let json: Partial<RouteTableJson>;
  try {
    json = JSON.parse(text) as Partial<RouteTableJson>;
  } catch (err) {
    throw new Error(`${where}: not JSON (${err instanceof Error ? err.message : String(err)}); rebuild the site with npm run build.`);
  }
  if (typeof json.site !== 'string' || typeof json.base !== 'string' || !Array.isArray(json.routes)) {
    throw new Error(`${where}: expected { site, base, routes[] }; rebuild the site with npm run build.`);
  }
  return tableOf(json.routes, { site: json.site, base: json.base });
}

/** The `[...slug]` parameter of a page route (or of `[...slug]/index.md` for its copy): undefined for the root page. */
export function routeSlug(route: Route): string | undefined {
  const path = route.kind === 'markdown' ? route.path.replace(/index\.md$/, '') : route.path;
  return path === '/' ? undefined : path.slice(1, -1);
}

/** The Markdown copy of a page or section page, from the table. */
export function markdownCopyOf(table: RouteTable, pageId: string): Route | undefined {
  return table.byId(markdownIdOf(pageId));
}

/**
 * The built file a URL (with base) is served from: a route's file, else the file at that path
 * (assets, `sitemap.xml`); null outside the base or above the output folder.
 */
export function builtFileForUrl(table: RouteTable, url: string): string | null {
  const route = table.byUrl(url);
  if (route) return route.file;
  if (!url.startsWith(table.base)) return null;
  const parts: string[] = [];
  for (const part of url.slice(table.base.length).split('/')) {
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (part !== '' && part !== '.') parts.push(part);
  }
  const rel = parts.join('/');
  if (rel !== '' && !url.endsWith('/')) return rel;
  const folder = rel === '' ? '' : `${rel}/`;
  // A folder URL that is no route is served from its index.html, as static hosts do.
  return table.byUrl(table.base + folder)?.file ?? `${folder}index.html`;
}

/** Where a folder URL without its slash (`/docs/a`) is redirected (`/docs/a/`), or null. */
export function redirectFor(table: RouteTable, url: string): string | null {
  if (url.endsWith('/')) return null;
  return table.byUrl(`${url}/`) ? `${url}/` : null;
}
