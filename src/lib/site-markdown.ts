import type { MdastNode } from 'satteri';
import { buildContentTree, nodeOf, type TreeEntry } from './content-tree.ts';
import { pageData } from './page-data.ts';
import { markdownPageFor, readingOrder } from './markdown-copy.ts';
import { pageMarkdown } from './page-markdown.ts';
import { llmsFullTxt, llmsSections, llmsTxt } from './llms-txt.ts';
import { absoluteUrl, markdownCopyOf, type Route, type RouteTable } from './routes.ts';

const SITE_NAME = 'Docker Get Started';

/** What the Markdown copies need from one parsed content file (a `ContentFile` has it all). */
export interface MarkdownSource {
  id: string;
  relPath: string;
  /** The validated frontmatter. */
  data: TreeEntry['data'];
  /** The parsed MDX; null leaves the page's text out (only its title, description and listing). */
  tree: MdastNode | null;
}

/** Every Markdown text the site publishes: one file per route, by the route table's built file. */
export interface SiteMarkdown {
  /** Each page's copy in reading order, with its route. */
  copies: { route: Route; markdown: string }[];
  /** By file relative to the output folder: the copies, `llms.txt` and `llms-full.txt`. */
  files: Map<string, string>;
}

/** The files outside the route table that list the copies: both at the site's root. */
export const LLMS_FILE = 'llms.txt';
export const LLMS_FULL_FILE = 'llms-full.txt';

/**
 * The Markdown copy of every page (generated section pages included) and the two `llms` files,
 * from content files parsed once, with the same tree and routes the HTML pages use.
 */
export function siteMarkdown(sources: readonly MarkdownSource[], routes: RouteTable): SiteMarkdown {
  const tree = buildContentTree(sources.map((s) => ({ id: s.id, relPath: s.relPath, data: s.data })));
  const byId = new Map(sources.map((s) => [s.id, s]));
  const absolute = (path: string) => absoluteUrl(routes.site, routes.base, path);
  const copyRoute = (id: string): Route => {
    const route = markdownCopyOf(routes, id);
    if (!route) throw new Error(`The route table has no Markdown copy of ${id}.`);
    return route;
  };
  const copies = readingOrder(tree).map((node) => ({
    route: copyRoute(node.id),
    markdown: pageMarkdown(markdownPageFor(pageData(tree, node.id), byId.get(node.id) ?? null, absolute)),
  }));
  const llms = llmsTxt({
    title: SITE_NAME,
    summary: nodeOf(tree, tree.rootId).description,
    details: [
      `Each link leads to a page's Markdown copy; the page itself is at the same address without \`index.md\`. [llms-full.txt](${absolute(`/${LLMS_FULL_FILE}`)}) holds every page in reading order.`,
    ],
    sections: llmsSections(tree, (node) => copyRoute(node.id).absoluteUrl),
  });
  const files = new Map<string, string>(copies.map((c) => [c.route.file, c.markdown]));
  files.set(LLMS_FILE, llms);
  files.set(LLMS_FULL_FILE, llmsFullTxt(copies.map((c) => c.markdown)));
  return { copies, files };
}
