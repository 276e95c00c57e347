import { createHash } from 'node:crypto';
import type { MdastNode } from 'satteri';
import { SITE_NAME, type SiteModel } from '../site/site-model.ts';
import { keyText } from '../site/page-cache-key.ts';
import { nodeOf, type TreeEntry } from '../site/content-tree.ts';
import { markdownPageFor } from './markdown-copy.ts';
import { pageMarkdown, type MarkdownPage } from './page-markdown.ts';
import { llmsFullTxt, llmsSections, llmsTxt } from './llms-txt.ts';
import { absoluteUrl, markdownCopyOf, type Route } from '../site/routes.ts';


/** What the Markdown copies need from one parsed content file (a `ContentFile` has it all). */
export interface MarkdownSource {
  id: string;
  relPath: string;
  /** The validated frontmatter. */
  data: TreeEntry['data'];
  /** The parsed MDX; null leaves the page's text out (only its title, description and listing). */
  tree: MdastNode | null;
  /** The file's text, which the tree was parsed from: with the page's data, it keys the memo. */
  source: string;
}

/**
 * Copies made by an earlier run, by key; a key covers the file's text, everything the copy shows
 * from the site (title, listing, URLs) and `code`, the digest of the code that writes copies.
 */
export interface MarkdownMemo {
  code: string;
  copies: Map<string, string>;
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
export function siteMarkdown(sources: readonly MarkdownSource[], model: SiteModel, memo?: MarkdownMemo): SiteMarkdown {
  const { tree, routes } = model;
  const byId = new Map(sources.map((s) => [s.id, s]));
  const absolute = (path: string) => absoluteUrl(routes.site, routes.base, path);
  const copyRoute = (id: string): Route => {
    const route = markdownCopyOf(routes, id);
    if (!route) throw new Error(`The route table has no Markdown copy of ${id}.`);
    return route;
  };
  const used = new Map<string, string>();
  const copies = model.order.map((id) => {
    const page = model.page(id);
    const source = byId.get(id) ?? null;
    const input = markdownPageFor(page, source, absolute);
    const key = memo ? memoKey(memo.code, source?.source ?? null, input) : '';
    const markdown = memo?.copies.get(key) ?? pageMarkdown(input);
    used.set(key, markdown);
    return { route: page.markdown, markdown };
  });
  // The memo keeps this run's copies only, so it never outgrows the site.
  if (memo) memo.copies = used;
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

/**
 * The memo key of one copy: what it is made from (the page's text, and what the copy shows of its
 * place: title, description, absolute URL, listing), and the code that makes it. Not the side
 * navigation, which the copy does not show and which lists every sibling on every page.
 */
function memoKey(code: string, source: string | null, input: MarkdownPage): string {
  const { tree: _tree, absoluteUrl: _absoluteUrl, ...shown } = input;
  const text = keyText({ v: 2, code, source, shown });
  return createHash('sha256').update(text).digest('base64url');
}
