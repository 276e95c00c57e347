import type { MdastNode } from 'satteri';
import type { PageData } from '../site/page-data.ts';
import { listingOf } from '../site/site-model.ts';
import { partLabel } from '../series/part-label.ts';
import type { MarkdownListItem, MarkdownPage } from './page-markdown.ts';

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
    title: partLabel(child.part, child.title),
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
    listing: { ...listingOf(page), items },
  };
}
