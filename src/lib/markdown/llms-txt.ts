import { partLabel } from '../series/part-label.ts';
import type { List, RootContent } from 'mdast';
import { serializeMarkdown } from './page-markdown.ts';
import { nodeOf, type ContentTree, type TreeNode } from '../site/content-tree.ts';

/** One page as `llms.txt` lists it. */
export interface LlmsLink {
  title: string;
  /** Absolute URL of the page's Markdown copy. */
  url: string;
  description: string;
}

/** The contents of `/llms.txt`: a title, a one-paragraph summary, notes, and sections of links. */
export interface LlmsTxt {
  title: string;
  summary: string;
  /** Paragraphs of Markdown text between the summary and the sections. */
  details: readonly string[];
  sections: readonly { heading: string; links: readonly LlmsLink[] }[];
}

/**
 * `/llms.txt` in the llmstxt.org shape: `# title`, `> summary`, free paragraphs, then `## section`
 * headings over lists of `[title](url): description`. Text is escaped as Markdown.
 */
export function llmsTxt(doc: LlmsTxt): string {
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [{ type: 'text', value: doc.title }] },
    { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: doc.summary }] }] },
  ];
  const head = serializeMarkdown({ type: 'root', children });
  const details = doc.details.map((p) => `${p.trim()}\n`);
  const sections = doc.sections
    .filter((s) => s.links.length > 0)
    .map((s) =>
      serializeMarkdown({
        type: 'root',
        children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: s.heading }] }, linkList(s.links)],
      }),
    );
  return [head, ...details, ...sections].join('\n');
}

function linkList(links: readonly LlmsLink[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: links.map((l) => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'link', url: l.url, children: [{ type: 'text', value: l.title }] },
            ...(l.description ? [{ type: 'text' as const, value: `: ${l.description}` }] : []),
          ],
        },
      ],
    })),
  };
}

/** `/llms-full.txt`: every page's Markdown copy, in reading order, one after the other. */
export function llmsFullTxt(pages: readonly string[]): string {
  return pages.map((p) => (p.endsWith('\n') ? p : `${p}\n`)).join('\n');
}

/**
 * The sections of `llms.txt` from the content tree: first the home page and the pages beside it,
 * then one section per top-level folder with its pages in reading order (a series' parts by number).
 */
export function llmsSections(tree: ContentTree, markdownUrl: (node: TreeNode) => string): LlmsTxt['sections'] {
  const root = nodeOf(tree, tree.rootId);
  const link = (node: TreeNode): LlmsLink => ({
    title: partLabel(node.part, node.title),
    url: markdownUrl(node),
    description: node.description,
  });
  const children = root.childIds.map((id) => nodeOf(tree, id));
  const subtree = (node: TreeNode): TreeNode[] => [node, ...node.childIds.flatMap((id) => subtree(nodeOf(tree, id)))];
  return [
    { heading: root.title, links: [root, ...children.filter((c) => !c.isSection)].map(link) },
    ...children.filter((c) => c.isSection).map((c) => ({ heading: c.title, links: subtree(c).map(link) })),
  ];
}
