import type { MdastNode } from 'satteri';
import { nodeOf, type ContentTree, type TreeNode } from '../site/content-tree.ts';
import type { PageData } from '../site/page-data.ts';
import type { MarkdownListItem, MarkdownPage } from './page-markdown.ts';

/** The heading over a page's listing, the same on the HTML page and in its Markdown copy. */
export function listingHeading(page: PageData): string {
  if (page.levelUp === null) return 'Start here';
  return page.series && page.series.position === null ? 'The parts' : 'In this section';
}

/** True when the listing is a series' numbered path rather than a set of pages. */
export function listingIsPath(page: PageData): boolean {
  return page.series !== null && page.series.position === null;
}

/**
 * The input of a page's Markdown copy: its page data, its parsed content file (null for a
 * generated section page) and how a site path (without base) becomes an absolute URL.
 */
export function markdownPageFor(
  page: PageData,
  file: { tree: MdastNode | null; relPath: string } | null,
  absoluteUrl: (sitePath: string) => string,
): MarkdownPage {
  const items: MarkdownListItem[] = page.children.map((child) => ({
    title: child.part === null ? child.title : `Part ${child.part}: ${child.title}`,
    description: child.description,
    url: absoluteUrl(child.url),
    ...(child.parts && child.parts.length > 0
      ? { parts: child.parts.map((p) => ({ title: p.title, url: absoluteUrl(p.url) })) }
      : {}),
  }));
  return {
    title: page.title,
    description: page.description,
    tree: file?.tree ?? null,
    relPath: file?.relPath ?? `${page.id}.mdx`,
    pageUrl: absoluteUrl(page.url),
    absoluteUrl,
    glance: page.glance,
    listing: { heading: listingHeading(page), ordered: listingIsPath(page), items },
  };
}

/** Every page in reading order: a page, then its children depth-first (series parts in order). */
export function readingOrder(tree: ContentTree): TreeNode[] {
  const out: TreeNode[] = [];
  const visit = (id: string) => {
    const node = nodeOf(tree, id);
    out.push(node);
    for (const child of node.childIds) visit(child);
  };
  visit(tree.rootId);
  return out;
}
