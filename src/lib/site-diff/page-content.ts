import { markdownToMdast, type MdastNode } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { walk } from '../content/content-file.ts';
import { parseFenceMeta } from '../code/code-meta.ts';

/** A code block of a page, as its Markdown copy writes it. */
export interface PageCode {
  /** The fence's language (`dockerfile`), or '' without one. */
  lang: string;
  /** The file name of `title="…"`, or '' without one. */
  title: string;
  value: string;
}

/** What a page says, read from its Markdown copy: the parts a reviewer compares. */
export interface PageContent {
  /** The copy's frontmatter `title`, else its first `#` heading, else ''. */
  title: string;
  /** The words of each block of text outside code blocks (paragraph, heading, table cell), in order; the title's own heading left out. */
  blocks: string[][];
  /** Headings below the title as `## Text`, in order. */
  headings: string[];
  code: PageCode[];
  /** Every link and link definition's URL, in order. */
  links: string[];
}

// Blocks whose inline text is read as one run, so `**Dockerfile** (see` stays three words.
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** Reads a page's Markdown copy (CommonMark + GFM, optional YAML frontmatter) into what it says. */
export function pageContent(markdown: string): PageContent {
  const tree = markdownToMdast(markdown);
  const content: PageContent = { title: '', blocks: [], headings: [], code: [], links: [] };
  let frontmatterTitle = '';
  let titleSeen = false;
  walk(tree, (node) => {
    const n = node as MdastNode & { value?: string; depth?: number; lang?: string | null; meta?: string | null; url?: string };
    if (n.type === 'yaml') frontmatterTitle = yamlTitle(n.value ?? '');
    else if (n.type === 'code') {
      content.code.push({ lang: n.lang ?? '', title: parseFenceMeta(n.meta).title ?? '', value: n.value ?? '' });
    } else if (n.type === 'link' || n.type === 'definition') {
      if (typeof n.url === 'string') content.links.push(n.url);
    }
    if (!TEXT_BLOCKS.has(n.type)) return;
    const text = inlineText(n);
    if (n.type === 'heading' && n.depth === 1 && !titleSeen) {
      titleSeen = true;
      content.title = text.trim();
      return;
    }
    if (n.type === 'heading') content.headings.push(`${'#'.repeat(n.depth ?? 2)} ${text.trim()}`);
    const words = wordsOf(text);
    if (words.length > 0) content.blocks.push(words);
  });
  if (frontmatterTitle) content.title = frontmatterTitle;
  return content;
}

/** A text's words: runs of anything but white space. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** The text of a block's inline content (text, inline code, emphasis, links), as one string. */
function inlineText(node: MdastNode): string {
  let text = '';
  walk(node, (n) => {
    const value = (n as { value?: unknown }).value;
    if (typeof value === 'string' && (n.type === 'text' || n.type === 'inlineCode')) text += value;
    else if (n.type === 'break') text += ' ';
  });
  return text;
}

/** The `title` of a frontmatter block, or '' when it has none or is not YAML. */
function yamlTitle(yaml: string): string {
  try {
    const data = parseYaml(yaml) as unknown;
    const title = data && typeof data === 'object' ? (data as Record<string, unknown>).title : undefined;
    return typeof title === 'string' ? title.trim() : '';
  } catch {
    return '';
  }
}
