import { nodeOf, seriesOf, seriesParts, type ContentTree, type TreeNode } from './content-tree.ts';
import { partLabel } from '../series/part-label.ts';
import type { PartGlance } from '../series/part-glance.ts';

/** A link to another page, by its site-relative URL (components add the base). */
export interface PageLink {
  title: string;
  url: string;
}

export interface Crumb extends PageLink {
  current: boolean;
}

/** A page listed under another: a child, or a part in a series. */
export interface ListedPage extends PageLink {
  description: string;
  part: number | null;
  current: boolean;
  /** For a series index in a listing: its parts, so a reader sees the path ahead. */
  parts?: ListedPage[];
}

export interface TocItem {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** A heading as the renderer reports it. */
export interface HeadingInput {
  depth: number;
  slug: string;
  text: string;
}

/** A series as the reader's progress sees it: its index (the key progress is saved under) and its parts. */
export interface SeriesTrack {
  url: string;
  /** Each part's URL and name for the Continue link (`Part 2: Containers`). */
  parts: { url: string; name: string }[];
}

/**
 * What the page offers for the reader's progress, saved in their browser: on a part, "Mark this
 * part done"; on a series index and on a page listing a series, "Continue where you left off".
 */
export interface PageProgress {
  /** On a part: its series and its own URL. */
  part: { series: SeriesTrack; url: string } | null;
  /** The series whose Continue link the page shows. */
  continue: SeriesTrack[];
}

/**
 * A folder with more pages than this shows, beside each of them, only the pages around it and a
 * link to its index, which lists them all: a side column of hundreds of links helps no reader, and
 * would make every page of the folder (and the site's bytes) grow with the folder.
 */
export const SIDE_NAV_MAX = 25;
/** Pages shown on each side of the current one in a long folder's side column. */
const SIDE_NAV_AROUND = 5;
const SIDE_NAV_WINDOW = 2 * SIDE_NAV_AROUND + 1;

export interface SideNav {
  heading: PageLink;
  items: ListedPage[];
  /** Set when the folder has more pages than `items` shows: which of them these are (from 1), of how many (its index lists them all). */
  range: { first: number; last: number; total: number } | null;
}

/** Everything a page shows about where it stands; the layout and components only render it. */
export interface PageData {
  id: string;
  url: string;
  title: string;
  description: string;
  generated: boolean;
  breadcrumbs: Crumb[];
  /** The parent page; null on the root. */
  levelUp: PageLink | null;
  /** Set on a series index and its parts. */
  series: {
    index: PageLink;
    parts: ListedPage[];
    /** This page's place, null on the series index itself. */
    position: { part: number; total: number } | null;
  } | null;
  /** The side column: the series' parts, or else the pages beside this one. */
  sideNav: SideNav | null;
  /** Within a series: the neighbouring parts (the index leads to part 1). Null at the edges. */
  prev: (PageLink & { part: number | null }) | null;
  next: (PageLink & { part: number | null }) | null;
  children: ListedPage[];
  toc: TocItem[];
  /** A series part's "At a glance"; null on other pages. */
  glance: PartGlance | null;
  /** Null on pages with no series to track. */
  progress: PageProgress | null;
}

function link(node: TreeNode): PageLink {
  return { title: node.label, url: node.url };
}

function listed(node: TreeNode, currentId: string): ListedPage {
  return { title: node.label, url: node.url, description: node.description, part: node.part, current: node.id === currentId };
}

function track(series: TreeNode, parts: readonly TreeNode[]): SeriesTrack {
  return { url: series.url, parts: parts.map((p) => ({ url: p.url, name: partLabel(p.part, p.label) })) };
}

/** Where the window around position `at` starts: as many on each side as fit, kept whole at either end. */
function windowStart(count: number, at: number): number {
  return Math.max(0, Math.min(at - SIDE_NAV_AROUND, count - SIDE_NAV_WINDOW));
}

/** The h2 and h3 headings of a page, for "On this page". */
export function tocFromHeadings(headings: readonly HeadingInput[]): TocItem[] {
  return headings
    .filter((h) => (h.depth === 2 || h.depth === 3) && h.slug !== '')
    .map((h) => ({ depth: h.depth as 2 | 3, id: h.slug, text: h.text }));
}

/**
 * Computes one page's navigation. Work is proportional to the page's depth, the size of its
 * folder (and its series) and its own children, never to the whole site.
 */
export function pageData(tree: ContentTree, id: string, headings: readonly HeadingInput[] = []): PageData {
  const node = nodeOf(tree, id);
  const ancestors: TreeNode[] = [];
  for (let p = node.parentId; p !== null; p = nodeOf(tree, p).parentId) ancestors.unshift(nodeOf(tree, p));
  const parent = node.parentId === null ? null : nodeOf(tree, node.parentId);

  const seriesNode = seriesOf(tree, node);
  let series: PageData['series'] = null;
  let prev: PageData['prev'] = null;
  let next: PageData['next'] = null;
  let progress: PageProgress | null = null;
  if (seriesNode) {
    const parts = seriesParts(tree, seriesNode);
    const seriesTrack = track(seriesNode, parts);
    progress = parts.some((p) => p.id === node.id) ? { part: { series: seriesTrack, url: node.url }, continue: [] } : { part: null, continue: [seriesTrack] };
    const at = parts.findIndex((p) => p.id === node.id);
    series = {
      index: link(seriesNode),
      parts: parts.map((p) => listed(p, node.id)),
      position: at === -1 ? null : { part: parts[at]!.part!, total: parts.length },
    };
    const step = (n: TreeNode | undefined) => (n ? { ...link(n), part: n.part } : null);
    if (node.id === seriesNode.id) next = step(parts[0]);
    else if (at !== -1) {
      prev = step(parts[at - 1]);
      next = step(parts[at + 1]);
    }
  }

  let sideNav: PageData['sideNav'] = null;
  if (series) sideNav = { heading: series.index, items: series.parts, range: null };
  else if (parent && parent.childIds.length > 1) {
    const ids = parent.childIds;
    const start = ids.length > SIDE_NAV_MAX ? windowStart(ids.length, ids.indexOf(node.id)) : null;
    const shown = start === null ? ids : ids.slice(start, start + SIDE_NAV_WINDOW);
    const range = start === null ? null : { first: start + 1, last: start + shown.length, total: ids.length };
    sideNav = { heading: link(parent), items: shown.map((c) => listed(nodeOf(tree, c), node.id)), range };
  }

  const children = node.childIds.map((c) => {
    const child = nodeOf(tree, c);
    const item = listed(child, node.id);
    if (child.series) item.parts = seriesParts(tree, child).map((p) => listed(p, node.id));
    return item;
  });
  // A page listing a series (the home page) offers to continue it too.
  const listedSeries = node.childIds.map((c) => nodeOf(tree, c)).filter((c) => c.series && c.id !== seriesNode?.id);
  if (listedSeries.length > 0) {
    progress ??= { part: null, continue: [] };
    progress.continue.push(...listedSeries.map((s) => track(s, seriesParts(tree, s))));
  }

  return {
    id: node.id,
    url: node.url,
    title: node.title,
    description: node.description,
    generated: node.generated,
    breadcrumbs: [...ancestors.map((a) => ({ ...link(a), current: false })), { ...link(node), current: true }],
    levelUp: parent ? link(parent) : null,
    series,
    sideNav,
    prev,
    next,
    children,
    toc: tocFromHeadings(headings),
    glance: node.glance,
    progress,
  };
}
