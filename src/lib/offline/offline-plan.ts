import { sectionOf, type RouteTable } from '../site/routes.ts';

export { sectionOf };

/**
 * What the service worker stores, and when. Every file of a built site gets a revision and a
 * compressed size; when the whole site fits the budget a first visit precaches all of it,
 * otherwise only the shell and the search engine, and the rest is cached as it is read or saved.
 */

/** One built file, as the offline plan sees it. */
export interface BuiltFile {
  /** Path relative to the built site, `/`-separated. */
  path: string;
  /** Short hash of the file's bytes. */
  revision: string;
  /** Size over the wire (gzip). */
  gzipBytes: number;
}

/** A Pagefind file that only some pages need: a fragment serves one page, an index chunk many. */
export interface SearchFileUse {
  /** Path relative to the built site (`pagefind/index/en_1a2b3c.pf_index`). */
  path: string;
  /** HTML files of the pages whose words or excerpt it holds (`get-started/index.html`). */
  pages: readonly string[];
}

export type FileKind = 'shell' | 'engine' | 'index' | 'fragment' | 'page' | 'copy' | 'other';

/** A part of the site a reader can save: a top folder, the home page, or everything. */
export interface OfflineSection {
  id: string;
  title: string;
  url: string;
  /** Pages it holds. */
  pages: number;
  /** Indices into `OfflineManifest.files`. */
  files: number[];
  /** Compressed bytes of those files. */
  bytes: number;
}

/** Written as `offline-manifest.json`; read by the worker on update and by "Save for offline". */
export interface OfflineManifest {
  version: 1;
  /** Compressed bytes of every cacheable file. */
  totalBytes: number;
  budgetBytes: number;
  /** The whole site is precached on a first visit. */
  all: boolean;
  /** `[url, revision, gzipBytes]` per file. */
  files: [string, string, number][];
  /** Page URL → title, for the list of saved pages. */
  titles: Record<string, string>;
  /** Sections by id, the whole site (`*`) first. */
  sections: OfflineSection[];
}

export interface OfflinePlan {
  /** Entries for Workbox's precache (`url`, `revision`). */
  precache: { url: string; revision: string }[];
  manifest: OfflineManifest;
  /** Compressed bytes by kind, over every cacheable file. */
  bytesByKind: Record<FileKind, number>;
  /** Compressed bytes of the precache. */
  precacheBytes: number;
}

export interface PlanInput {
  files: readonly BuiltFile[];
  searchFiles: readonly SearchFileUse[];
  /** The site's routes: pages are its routes' files, at their URLs; `precache: false` is never precached. */
  table: RouteTable;
  /** Each page's title by its built file (from the site model), for the saved-pages list and the sections. */
  titles: ReadonlyMap<string, string>;
  budgetBytes: number;
}

/** The default budget: a first visit may precache the whole site when it compresses to this. */
export const DEFAULT_BUDGET_BYTES = 5 * 1024 * 1024;

/** The offline page the worker serves for a page that is not cached. */
export const OFFLINE_PAGE = 'offline/index.html';
export const MANIFEST_FILE = 'offline-manifest.json';

/** Files never cached: the worker, source maps, the manifest (fetched fresh when needed). */
const NEVER = /^sw\.js$|\.map$|^offline-manifest\.json$/;
const ENGINE = /^pagefind\/(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[^/]+\.pagefind|[^/]+\.pf_meta|filter\/[^/]+\.pf_filter)$/;

/** Which part of the offline plan a built file belongs to; a route's file by its route. */
export function fileKind(path: string, table?: RouteTable): FileKind {
  const route = table?.byFile(path);
  if (route) return route.kind === 'page' || route.kind === 'section' ? 'page' : route.kind === 'markdown' ? 'copy' : 'shell';
  if (ENGINE.test(path)) return 'engine';
  if (/^pagefind\/index\//.test(path)) return 'index';
  if (/^pagefind\/fragment\//.test(path)) return 'fragment';
  if (path === '404.html' || path === OFFLINE_PAGE) return 'shell';
  if (/^_astro\/[^/]+\.(?:css|js)$/.test(path) || /^[^/]+\.(?:svg|ico|js|css|webmanifest)$/.test(path)) return 'shell';
  if (path.endsWith('.html')) return 'page';
  if (path.endsWith('.md')) return 'copy';
  return 'other';
}

/** The URL a built file is requested at: a route's URL, else its path under the base. */
export function urlForFile(path: string, table: RouteTable): string {
  return table.byFile(path)?.url ?? table.base + path;
}

/** Decides what a first visit precaches and what each section's "Save for offline" downloads. */
export function planOffline(input: PlanInput): OfflinePlan {
  const { table, budgetBytes } = input;
  const base = table.base;
  const kindOf = (path: string) => fileKind(path, table);
  const url = (path: string) => urlForFile(path, table);
  const kept = input.files.filter((f) => !NEVER.test(f.path)).sort((a, b) => a.path.localeCompare(b.path));
  const bytesByKind: Record<FileKind, number> = { shell: 0, engine: 0, index: 0, fragment: 0, page: 0, copy: 0, other: 0 };
  for (const f of kept) bytesByKind[kindOf(f.path)] += f.gzipBytes;
  const totalBytes = kept.reduce((sum, f) => sum + f.gzipBytes, 0);
  const all = totalBytes <= budgetBytes;
  const allowed = (f: BuiltFile) => table.byFile(f.path)?.precache ?? true;
  const first = (all ? kept : kept.filter((f) => ['shell', 'engine'].includes(kindOf(f.path)))).filter(allowed);
  const precache = first.map((f) => ({ url: url(f.path), revision: f.revision }));

  const uses = new Map(input.searchFiles.map((s) => [s.path, s.pages]));
  const groups = new Map<string, Set<number>>();
  const pageCount = new Map<string, number>();
  const add = (id: string, i: number) => {
    let set = groups.get(id);
    if (!set) groups.set(id, (set = new Set()));
    set.add(i);
  };
  kept.forEach((f, i) => {
    const kind = kindOf(f.path);
    if (kind === 'page' || kind === 'copy' || kind === 'other') {
      const id = sectionOf(f.path);
      // Other files at the top level (sitemap, robots) belong to the whole site only.
      if (kind === 'other' && id === '') return;
      add(id, i);
      if (kind === 'page') pageCount.set(id, (pageCount.get(id) ?? 0) + 1);
    } else if (kind === 'index' || kind === 'fragment') {
      for (const page of uses.get(f.path) ?? []) add(sectionOf(page), i);
    }
  });
  const titles: Record<string, string> = {};
  for (const f of kept) {
    const title = kindOf(f.path) === 'page' ? input.titles.get(f.path) : undefined;
    if (title) titles[url(f.path)] = title;
  }
  const section = (id: string, title: string, members: Iterable<number>, pages: number): OfflineSection => {
    const files = [...members].sort((a, b) => a - b);
    const home = id === '*' || id === '' ? 'index.html' : `${id}/index.html`;
    return { id, title, url: table.byFile(home)?.url ?? base, pages, files, bytes: files.reduce((s, i) => s + kept[i]!.gzipBytes, 0) };
  };
  const everything = kept.map((_, i) => i).filter((i) => !['shell', 'engine'].includes(kindOf(kept[i]!.path)));
  const totalPages = kept.filter((f) => kindOf(f.path) === 'page').length;
  const sections = [section('*', 'The whole site', everything, totalPages)];
  for (const [id, members] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const title = input.titles.get(id === '' ? 'index.html' : `${id}/index.html`) ?? (id || 'Home');
    sections.push(section(id, title, members, pageCount.get(id) ?? 0));
  }
  return {
    precache,
    precacheBytes: first.reduce((sum, f) => sum + f.gzipBytes, 0),
    bytesByKind,
    manifest: {
      version: 1,
      totalBytes,
      budgetBytes,
      all,
      files: kept.map((f) => [url(f.path), f.revision, f.gzipBytes]),
      titles,
      sections,
    },
  };
}

/** Reads a budget in KB from a setting; a clear error for anything but a positive whole number. */
export function parseBudget(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_BUDGET_BYTES;
  if (!/^\d+$/.test(value) || Number(value) <= 0) {
    throw new Error(`OFFLINE_BUDGET_KB must be a positive whole number of kilobytes (got "${value}"); leave it unset for ${DEFAULT_BUDGET_BYTES / 1024} KB.`);
  }
  return Number(value) * 1024;
}
