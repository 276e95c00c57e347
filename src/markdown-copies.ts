import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseContentFile } from './lib/content-file.ts';
import { buildContentTree, type ContentTree, type TreeNode } from './lib/content-tree.ts';
import { pageData } from './lib/page-data.ts';
import { markdownPageFor, readingOrder } from './lib/markdown-copy.ts';
import { pageMarkdown } from './lib/page-markdown.ts';
import { absoluteUrl } from './lib/sitemap.ts';

/** Every page's Markdown copy in reading order, from the same entries and tree as the HTML pages. */
export interface MarkdownCopies {
  tree: ContentTree;
  pages: { node: TreeNode; markdown: string }[];
  /** Site path without base → absolute URL with the base. */
  absolute: (path: string) => string;
}

let copies: Promise<MarkdownCopies> | undefined;

/**
 * Parses every content file once per build, with the parser the content check uses; the dev
 * server parses again on each request, so an edited page's copy is never stale.
 */
export function markdownCopies(): Promise<MarkdownCopies> {
  if (import.meta.env.DEV) return computeCopies();
  copies ??= computeCopies();
  return copies;
}

async function computeCopies(): Promise<MarkdownCopies> {
  const entries: CollectionEntry<'docs'>[] = await getCollection('docs');
  const tree = buildContentTree(entries.map((e) => ({ id: e.id, relPath: `${e.id}.mdx`, data: e.data })));
  const origin = import.meta.env.SITE ?? 'http://localhost:4321/';
  const absolute = (path: string) => absoluteUrl(origin, import.meta.env.BASE_URL, path);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const pages = readingOrder(tree).map((node) => {
    const entry = byId.get(node.id);
    const relPath = `${node.id}.mdx`;
    const file = entry?.filePath ? parseContentFile(relPath, entry.filePath, readFileSync(entry.filePath, 'utf8')) : null;
    return { node, markdown: pageMarkdown(markdownPageFor(pageData(tree, node.id), file, absolute)) };
  });
  return { tree, pages, absolute };
}
