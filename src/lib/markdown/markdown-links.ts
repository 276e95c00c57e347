import { markdownToMdast } from 'satteri';
import { walk } from '../content/content-file.ts';

/** A URL a Markdown file refers to, with what holds it (`link`, `image`, `definition`). */
export interface MarkdownRef {
  kind: string;
  value: string;
}

/** Parses a Markdown (or llms.txt) file as CommonMark + GFM and lists the URLs it links to. */
export function scanMarkdown(text: string): MarkdownRef[] {
  const refs: MarkdownRef[] = [];
  walk(markdownToMdast(text), (node) => {
    const url = (node as { url?: unknown }).url;
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof url === 'string') {
      refs.push({ kind: node.type, value: url });
    }
  });
  return refs;
}

/**
 * An absolute URL on the site itself (`https://example.com/docs/x/`) as a site path with its
 * fragment (`/docs/x/#y`), so a crawl can follow it; any other value is returned as it is.
 */
export function sitePathOf(value: string, site: string): string {
  if (!/^https?:\/\//i.test(value)) return value;
  const url = new URL(value);
  return url.origin === new URL(site).origin ? `${url.pathname}${url.hash}` : value;
}
