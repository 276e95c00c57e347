import type { MdastNode } from 'satteri';
import type { List, ListItem, Nodes, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { classifyLink, urlForContentFile } from '../content/content-links.ts';
import { parseFenceMeta } from '../code/code-meta.ts';
import type { InlineRun, PartGlance } from '../series/part-glance.ts';

/** A page listed under a page's text (a folder's pages, a series' parts). */
export interface MarkdownListItem {
  title: string;
  description: string;
  /** Absolute URL of the listed page. */
  url: string;
  /** For a series in the listing: its parts, so the path ahead shows. */
  parts?: readonly { title: string; url: string }[];
}

/** Everything a page's Markdown copy shows, as the HTML page shows it. */
export interface MarkdownPage {
  title: string;
  description: string;
  /** The page's parsed MDX (`ContentFile.tree`); null for a generated section page. */
  tree: MdastNode | null;
  /** The content file's path (`get-started/containers.mdx`), which relative links start from. */
  relPath: string;
  /** The page's absolute URL (`https://example.com/docs/get-started/containers/`). */
  pageUrl: string;
  /** Turns a site path without base (`/get-started/services/#x`) into an absolute URL. */
  absoluteUrl: (sitePath: string) => string;
  /** A series part's "At a glance", shown after the description as on the HTML page. */
  glance?: PartGlance | null | undefined;
  /** The list the page shows after its text, with its heading. */
  listing?: { heading: string; ordered: boolean; items: readonly MarkdownListItem[] } | undefined;
}

const ASIDE_LABELS: Record<string, string> = { note: 'Note', tip: 'Tip', caution: 'Caution' };

/**
 * A page as CommonMark with GFM tables: `# title`, the description as a quote, the text with
 * every link absolute, asides as labelled quotes, each tab of a group under its label in bold,
 * code blocks with their language and title (a terminal session keeps its prompts, so its
 * commands stay apart from their output).
 */
export function pageMarkdown(page: MarkdownPage): string {
  const body = page.tree ? contentNodes(page.tree, page) : [];
  const root: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: page.title }] },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: page.description }] }] },
      ...glanceNodes(page.glance),
      ...body,
      ...listingNodes(page.listing),
    ],
  };
  return serializeMarkdown(root);
}

/** mdast → Markdown with the house choices: `-` bullets, `*` emphasis, backtick fences. */
export function serializeMarkdown(tree: Nodes): string {
  return toMarkdown(tree, {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    fence: '`',
    fences: true,
    rule: '-',
    listItemIndent: 'one',
    resourceLink: true,
    extensions: [gfmToMarkdown()],
  });
}

/** The children of a parsed page, converted to plain mdast. */
function contentNodes(tree: MdastNode, page: MarkdownPage): RootContent[] {
  return convertChildren(tree, page) as RootContent[];
}

type AnyNode = { type: string; children?: AnyNode[]; [key: string]: unknown };

function convertChildren(node: MdastNode | AnyNode, page: MarkdownPage): AnyNode[] {
  return ((node as AnyNode).children ?? []).flatMap((child) => convert(child, page));
}

/** One node → zero or more plain mdast nodes. */
function convert(node: AnyNode, page: MarkdownPage): AnyNode[] {
  const { position: _position, ...rest } = node;
  switch (node.type) {
    // Frontmatter is shown as the title and description; expressions and imports are rejected
    // by the content check, so nothing they would produce is lost.
    case 'yaml':
    case 'toml':
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      if (node.name === 'Aside') return [aside(node, page)];
      if (node.name === 'Tab') return tab(node, page);
      return convertChildren(node, page);
    case 'link':
    case 'definition':
    case 'image':
      return [{ ...rest, url: resolveUrl(String(node.url ?? ''), page), ...(node.children ? { children: convertChildren(node, page) } : {}) }];
    case 'code':
      return [{ ...rest, meta: codeMeta(node.meta as string | null | undefined) }];
    default:
      return [node.children ? { ...rest, children: convertChildren(node, page) } : rest];
  }
}

/** A component's plain string attribute, or undefined. */
function jsxAttribute(node: AnyNode, name: string): string | undefined {
  const attrs = (node.attributes as { type: string; name?: string; value?: unknown }[] | undefined) ?? [];
  const value = attrs.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/**
 * One variant of a `<Tabs>` group: its label in bold on a line of its own, then its content. A
 * Markdown reader has no tabs, so every variant shows, in order, as on a page without script.
 */
function tab(node: AnyNode, page: MarkdownPage): AnyNode[] {
  const label = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: jsxAttribute(node, 'label') ?? '' }] }] };
  const body = convertChildren(node, page);
  return [label, ...(body.every((n) => isPhrasing(n.type)) ? [{ type: 'paragraph', children: body }] : body)];
}

/** `<Aside type="tip" title="x">` → a quote that starts with its label in bold (`**Tip: x**`). */
function aside(node: AnyNode, page: MarkdownPage): AnyNode {
  const attr = (name: string) => jsxAttribute(node, name);
  const kind = ASIDE_LABELS[attr('type') ?? 'note'] ?? 'Note';
  const title = attr('title');
  const label = { type: 'strong', children: [{ type: 'text', value: title ? `${kind}: ${title}` : kind }] };
  const body = convertChildren(node, page);
  // Inline content (a text-level aside) goes in one paragraph after the label.
  const blocks = body.every((n) => isPhrasing(n.type)) ? [{ type: 'paragraph', children: body }] : body;
  return { type: 'blockquote', children: [{ type: 'paragraph', children: [label] }, ...blocks] };
}

function isPhrasing(type: string): boolean {
  return ['text', 'emphasis', 'strong', 'inlineCode', 'link', 'linkReference', 'image', 'imageReference', 'break', 'delete'].includes(type);
}

/** Links to pages and site paths become absolute URLs; a bare `#fragment` points at this page. */
function resolveUrl(href: string, page: MarkdownPage): string {
  const target = classifyLink(page.relPath, href);
  switch (target.kind) {
    case 'file':
      return target.relPath.endsWith('.mdx')
        ? page.absoluteUrl(urlForContentFile(target.relPath, target.fragment))
        : page.absoluteUrl(`/${target.relPath}`);
    case 'site':
      return page.absoluteUrl(target.fragment ? `${target.path}#${target.fragment}` : target.path);
    case 'fragment':
      return `${page.pageUrl}#${target.fragment}`;
    default:
      return href;
  }
}

/** Keeps what a reader of the Markdown needs: the file's title, and `diff` when lines carry `+`/`-`. */
function codeMeta(meta: string | null | undefined): string | null {
  const parsed = parseFenceMeta(meta);
  const parts = [parsed.title === undefined ? '' : `title="${parsed.title}"`, parsed.diff ? 'diff' : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : null;
}

/** "At a glance": the time in bold, then the prerequisites and outcomes as labelled lists. */
function glanceNodes(glance: PartGlance | null | undefined): RootContent[] {
  if (!glance) return [];
  const runs = (line: InlineRun[]) => line.map((r) => (r.code ? { type: 'inlineCode' as const, value: r.text } : { type: 'text' as const, value: r.text }));
  const list = (label: string, items: InlineRun[][]): RootContent[] =>
    items.length === 0
      ? []
      : [
          { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: label }] }] },
          {
            type: 'list',
            ordered: false,
            spread: false,
            children: items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: runs(item) }] })),
          },
        ];
  return [
    { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'At a glance:' }] }, { type: 'text', value: ` ${glance.time}` }] },
    ...list('Prerequisites', glance.prerequisites),
    ...list('You will have', glance.outcomes),
  ];
}

/** The page's listing as a heading and a list of `[title](url): description`. */
function listingNodes(listing: MarkdownPage['listing']): RootContent[] {
  if (!listing || listing.items.length === 0) return [];
  return [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: listing.heading }] },
    {
      type: 'list',
      ordered: listing.ordered,
      start: listing.ordered ? 1 : null,
      spread: false,
      children: listing.items.map((item): ListItem => ({
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'link', url: item.url, title: null, children: [{ type: 'text', value: item.title }] },
              { type: 'text', value: `: ${item.description}` },
            ],
          },
          ...(item.parts && item.parts.length > 0 ? [linkList(item.parts, true)] : []),
        ],
      })),
    },
  ];
}

/** A plain list of links. */
function linkList(links: readonly { title: string; url: string }[], ordered: boolean): List {
  return {
    type: 'list',
    ordered,
    start: ordered ? 1 : null,
    spread: false,
    children: links.map((l) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'link', url: l.url, title: null, children: [{ type: 'text', value: l.title }] }] }],
    })),
  };
}
