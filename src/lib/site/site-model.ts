/**
 * The site model: every fact about every page, worked out once from the checked content files
 * and the deployment. The Astro route and layout, the Markdown copies and `llms.txt`, the search
 * facets and the offline plan all read it; none of them derives a page fact on its own.
 */
import { buildContentTree, readingOrder, type ContentTree, type TreeEntry } from './content-tree.ts';
import { pageData, type HeadingInput, type PageData } from './page-data.ts';
import { pageMetaLookup, type PageMeta } from './page-meta.ts';
import { buildRouteTable, markdownCopyOf, sectionOf, type Route, type RouteTable } from './routes.ts';
import type { RepoConfig } from './repo-config.ts';
import { searchFacets, type SearchFacets } from '../search/build/search-facets.ts';

export const SITE_NAME = 'Docker Get Started';

/** One checked content file, as the model needs it. */
export interface ModelEntry extends TreeEntry {
  /** Path from the project root, which is also its path in the repository (for the edit link). */
  filePath?: string | undefined;
  /** The page's headings with the ids the renderer gives them (from the check's parse). */
  headings?: readonly HeadingInput[] | undefined;
}

/** Where the site is published and where its source lives (no edit links without it). */
export interface Deployment {
  site: string;
  base: string;
  repo?: RepoConfig | undefined;
}

/** Facts from outside the content files: each file's last change, by content path. */
export interface SiteFacts {
  dates: ReadonlyMap<string, string>;
}

/** The listing under a section page's content: its children, under a heading. */
export interface PageListing {
  heading: string;
  /** A series' numbered path rather than a set of pages. */
  ordered: boolean;
}

/** Everything one page shows and is known by; the layout renders it and decides nothing. */
export interface PageView extends PageData {
  /** The page's own route and its Markdown copy's. */
  route: Route;
  markdown: Route;
  /** The text of `<title>`. */
  documentTitle: string;
  /** The home page (its `og:type` is `website`). */
  root: boolean;
  /** "Part 2 of 6" above the title, on a series part. */
  partOf: { part: number; total: number; series: string } | null;
  /** "On this page" shows when a page has more than one heading to go to. */
  showToc: boolean;
  listing: PageListing;
  /** The top-level section the page belongs to: its top folder (what "Save for offline" saves) and the title search filters by; null at the root. */
  section: { id: string; title: string } | null;
  search: SearchFacets;
  meta: PageMeta;
}

export interface SiteModel {
  routes: RouteTable;
  tree: ContentTree;
  /** Every page (content and generated sections) in reading order. */
  order: readonly string[];
  page(id: string): PageView;
}

/** The text of a page's `<title>`: the site's name alone on the home page, else after the page's. */
export function documentTitle(title: string, root = false): string {
  return root || title === SITE_NAME ? SITE_NAME : `${title} · ${SITE_NAME}`;
}

/** The heading over a page's listing, the same on the HTML page and in its Markdown copy. */
export function listingOf(page: PageData): PageListing {
  const path = page.series !== null && page.series.position === null;
  return { heading: page.levelUp === null ? 'Start here' : path ? 'The parts' : 'In this section', ordered: path };
}

/** Builds the model. Page views are made when first asked for, so a build pays per page it renders. */
export function siteModel(entries: readonly ModelEntry[], deployment: Deployment, facts: SiteFacts): SiteModel {
  const routes = buildRouteTable(entries.map((e) => ({ id: e.id, source: e.relPath })), deployment);
  const tree = buildContentTree(entries);
  const metaFor = pageMetaLookup(entries, facts.dates, deployment.repo);
  const headingsOf = new Map(entries.map((e) => [e.id, e.headings ?? []]));
  const views = new Map<string, PageView>();
  const page = (id: string): PageView => {
    let view = views.get(id);
    if (view) return view;
    const data = pageData(tree, id, headingsOf.get(id) ?? []);
    const route = routes.byId(id);
    const markdown = markdownCopyOf(routes, id);
    if (!route || !markdown) throw new Error(`The route table has no page ${id}.`);
    const root = data.levelUp === null;
    const top = data.breadcrumbs[1];
    const position = data.series?.position;
    view = {
      ...data,
      route,
      markdown,
      documentTitle: documentTitle(data.title, root),
      root,
      partOf: position && data.series ? { ...position, series: data.series.index.title } : null,
      showToc: data.toc.length > 1,
      listing: listingOf(data),
      section: top ? { id: sectionOf(route.file), title: top.title } : null,
      search: searchFacets(data),
      meta: metaFor(id),
    };
    views.set(id, view);
    return view;
  };
  return { routes, tree, order: readingOrder(tree).map((n) => n.id), page };
}
