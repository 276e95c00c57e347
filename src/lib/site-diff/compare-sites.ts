import { pageContent, type PageCode, type PageContent } from './page-content.ts';
import { diffSequences, diffWords, excerpt } from './word-diff.ts';

/** One page of a built site, as the comparison needs it. */
export interface BuiltPage {
  /** The page's path from the site's root folder: `/get-started/containers/`. */
  path: string;
  /** A digest of its `index.html`: equal digests, equal pages. */
  htmlDigest: string;
  /** Its Markdown copy (`index.md`), or null for a page without one (the offline page). */
  markdown: string | null;
  /** The title its HTML shows, for a page without a copy. */
  htmlTitle: string;
}

/** A page named in the report. */
export interface PageRef {
  path: string;
  title: string;
}

/** A code block by its language and file name. */
export interface CodeLabel {
  lang: string;
  title: string;
}

/** What changed in one page's own content; lists are in page order. */
export interface ContentChange {
  /** The title before, when it changed. */
  oldTitle: string | null;
  words: { added: number; removed: number; addedExcerpt: string; removedExcerpt: string };
  headings: { added: string[]; removed: string[] };
  code: { added: CodeLabel[]; removed: CodeLabel[]; changed: CodeLabel[] };
  links: { added: string[]; removed: string[] };
}

/** A page whose Markdown copy changed, with what changed in it. */
export interface ChangedPage extends PageRef {
  change: ContentChange;
}

/** Two builds compared page by page; every list is sorted by path. */
export interface SiteDiff {
  added: PageRef[];
  removed: PageRef[];
  /** Pages whose Markdown copy changed. */
  changed: ChangedPage[];
  /**
   * Pages whose HTML changed and whose Markdown copy did not: their navigation (a new sibling,
   * a renamed neighbour) or the layout changed, not what they say. Pages without a copy are
   * site chrome and count here too.
   */
  navigationOnly: PageRef[];
}

/** Compares the pages of two builds of a site. */
export function compareSites(before: readonly BuiltPage[], after: readonly BuiltPage[]): SiteDiff {
  const old = new Map(before.map((p) => [p.path, p]));
  const now = new Map(after.map((p) => [p.path, p]));
  const diff: SiteDiff = { added: [], removed: [], changed: [], navigationOnly: [] };
  for (const page of sortByPath(after)) {
    const prior = old.get(page.path);
    if (!prior) diff.added.push(refOf(page));
    else if (prior.markdown !== null && page.markdown !== null && prior.markdown !== page.markdown) {
      const content = pageContent(page.markdown);
      diff.changed.push({ path: page.path, title: content.title || page.htmlTitle || page.path, change: contentChange(pageContent(prior.markdown), content) });
    } else if (prior.htmlDigest !== page.htmlDigest || prior.markdown !== page.markdown) {
      diff.navigationOnly.push(refOf(page));
    }
  }
  for (const page of sortByPath(before)) if (!now.has(page.path)) diff.removed.push(refOf(page));
  return diff;
}

/** What changed between two readings of one page. */
export function contentChange(before: PageContent, after: PageContent): ContentChange {
  const words = diffWords(before.blocks, after.blocks);
  const total = (runs: string[][]) => runs.reduce((sum, run) => sum + run.length, 0);
  const headings = diffSequences(before.headings, after.headings);
  const links = diffSequences(before.links, after.links);
  return {
    oldTitle: before.title === after.title ? null : before.title,
    words: {
      added: total(words.added),
      removed: total(words.removed),
      addedExcerpt: excerpt(words.added),
      removedExcerpt: excerpt(words.removed),
    },
    headings: { added: headings.added.map((i) => after.headings[i]!), removed: headings.removed.map((i) => before.headings[i]!) },
    code: codeChange(before.code, after.code),
    links: { added: unique(links.added.map((i) => after.links[i]!)), removed: unique(links.removed.map((i) => before.links[i]!)) },
  };
}

/**
 * Code blocks matched first by their whole text (unchanged, wherever they moved), then the rest
 * by language and file name in order (changed); what is left was added or removed.
 */
function codeChange(before: readonly PageCode[], after: readonly PageCode[]): ContentChange['code'] {
  const key = (c: PageCode) => `${c.lang}\0${c.title}\0${c.value}`;
  const label = (c: PageCode): CodeLabel => ({ lang: c.lang, title: c.title });
  const remaining = [...before];
  const unmatched: PageCode[] = [];
  for (const block of after) {
    const i = remaining.findIndex((c) => key(c) === key(block));
    if (i >= 0) remaining.splice(i, 1);
    else unmatched.push(block);
  }
  const changed: CodeLabel[] = [];
  const added: CodeLabel[] = [];
  for (const block of unmatched) {
    const i = remaining.findIndex((c) => c.lang === block.lang && c.title === block.title);
    if (i >= 0) {
      remaining.splice(i, 1);
      changed.push(label(block));
    } else added.push(label(block));
  }
  return { added, removed: remaining.map(label), changed };
}

function refOf(page: BuiltPage): PageRef {
  const title = page.markdown === null ? '' : pageContent(page.markdown).title;
  return { path: page.path, title: title || page.htmlTitle || page.path };
}

/** By path, in code-unit order, so the report reads the same on every machine. */
function sortByPath<T extends { path: string }>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
