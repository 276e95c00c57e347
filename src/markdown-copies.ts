import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseContentFile } from './lib/content-file.ts';
import { buildContentTree, type ContentTree, type TreeNode } from './lib/content-tree.ts';
import { pageData } from './lib/page-data.ts';
import { markdownPageFor, readingOrder } from './lib/markdown-copy.ts';
import { pageMarkdown } from './lib/page-markdown.ts';
import { absoluteUrl, buildRouteTable, markdownCopyOf, type Route, type RouteTable } from './lib/routes.ts';
import { buildSettings } from './adapters/build-settings.ts';

/** Every page's Markdown copy in reading order, from the same entries, tree and routes as the HTML pages. */
export interface MarkdownCopies {
  tree: ContentTree;
  routes: RouteTable;
  /** In reading order: each page, its copy's route and text. */
  pages: { node: TreeNode; route: Route; markdown: string }[];
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
  const settings = buildSettings();
  const entries: CollectionEntry<'docs'>[] = await getCollection('docs');
  const routes = buildRouteTable(entries.map((e) => ({ id: e.id, source: `${e.id}.mdx` })), settings);
  const tree = buildContentTree(entries.map((e) => ({ id: e.id, relPath: `${e.id}.mdx`, data: e.data })));
  // Links inside a copy: a site path (from the content links) made absolute like the table's URLs.
  const absolute = (path: string) => absoluteUrl(routes.site, routes.base, path);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const pages = readingOrder(tree).map((node) => {
    const route = markdownCopyOf(routes, node.id);
    if (!route) throw new Error(`The route table has no Markdown copy of ${node.id}.`);
    const entry = byId.get(node.id);
    const file = entry?.filePath ? parseContentFile(`${node.id}.mdx`, entry.filePath, readFileSync(entry.filePath, 'utf8')) : null;
    return { node, route, markdown: pageMarkdown(markdownPageFor(pageData(tree, node.id), file, absolute)) };
  });
  return { tree, routes, pages };
}
