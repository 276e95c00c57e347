import { mdxToMdast, type MdastNode } from 'satteri';
import GithubSlugger from 'github-slugger';
import { readFrontmatter, type FrontmatterResult } from './frontmatter.ts';
import { entryIdFromPath } from './page-urls.ts';
import type { Diagnostic } from './diagnostics.ts';

/** One content file, parsed once and shared by every check. */
export interface ContentFile {
  /** Path relative to the content folder, with `/` separators (`get-started/containers.mdx`). */
  relPath: string;
  /** Path to show in diagnostics (relative to the project root, e.g. `content/get-started/containers.mdx`). */
  displayPath: string;
  id: string;
  source: string;
  frontmatter: FrontmatterResult;
  /** The MDX syntax tree, with positions; null when the file does not parse. */
  tree: MdastNode | null;
  /** Heading ids the page renders, in document order (same slugger as the renderer). */
  headingIds: string[];
  diagnostics: Diagnostic[];
}

/**
 * Parses a content file's frontmatter and MDX, turning syntax errors into located diagnostics.
 * A leading byte-order mark is dropped (editors do not count it as a column); CRLF is kept, as
 * both parsers count `\r\n` as one line break.
 */
export function parseContentFile(relPath: string, displayPath: string, text: string): ContentFile {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const frontmatter = readFrontmatter(displayPath, source);
  const diagnostics = [...frontmatter.diagnostics];
  let tree: MdastNode | null = null;
  const overLimit = parserLimit(source);
  if (overLimit) {
    diagnostics.push({ ...overLimit, file: displayPath });
  } else {
    try {
      tree = mdxToMdast(source);
    } catch (err) {
      diagnostics.push(mdxSyntaxDiagnostic(displayPath, err));
    }
  }
  return {
    relPath,
    displayPath,
    id: entryIdFromPath(relPath),
    source,
    frontmatter,
    tree,
    headingIds: tree ? headingIds(tree) : [],
    diagnostics,
  };
}

/**
 * Limits on what the MDX parser is given. Its time grows with the square of a line's length when
 * the line holds many inline tags or code spans (a 180,000-character line takes half a minute),
 * and with the square of the number of tags left open; past these limits the file is reported
 * instead of parsed. Real pages stay far below both.
 */
export const MAX_LINE = 10_000;
export const MAX_OPEN_TAGS = 100;

/** Where a file passes a parser limit, outside fenced code blocks and code spans. */
function parserLimit(source: string): Diagnostic | null {
  let fence: string | null = null;
  let open = 0;
  let line = 0;
  for (const text of source.split(/\r\n|\n|\r/)) {
    line++;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence === null && marker) {
      fence = marker;
      continue;
    }
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) fence = null;
      continue;
    }
    if (text.length > MAX_LINE) {
      return limit(line, MAX_LINE + 1, `Line is ${text.length.toLocaleString('en')} characters long; outside code blocks a line may hold ${MAX_LINE.toLocaleString('en')}`, 'Break it into shorter lines or paragraphs, or put long data in a fenced code block.');
    }
    // Tags only: an autolink (`<https://…>`, `<a@b.c>`) has no space, `/` or `>` after its name.
    for (const tag of text.replace(/`+[^`]*`+/g, (span) => ' '.repeat(span.length)).matchAll(/<(\/?)[A-Za-z][\w.-]*(?=[\s/>])[^<>]*?(\/?)>/g)) {
      open += tag[1] ? -1 : tag[2] ? 0 : 1;
      if (open > MAX_OPEN_TAGS) {
        return limit(line, (tag.index ?? 0) + 1, `More than ${MAX_OPEN_TAGS} tags are open at once here`, 'Close each tag (`</Aside>`) before opening the next one.');
      }
    }
  }
  return null;
}

function limit(line: number, column: number, message: string, hint: string): Diagnostic {
  return { file: '', line, column, message, hint: `${hint} The rest of the page is checked once this is fixed.`, rule: 'parser-limits' };
}

/**
 * Parses a file read as bytes. Bytes that are not UTF-8 are reported at the first bad one (the
 * rest of the file is still checked, read with U+FFFD in their place, as the build would show it).
 */
export function parseContentBytes(relPath: string, displayPath: string, bytes: Uint8Array): ContentFile {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const file = parseContentFile(relPath, displayPath, text);
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad));
    const lines = before.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
    file.diagnostics.unshift({
      file: displayPath,
      line: lines.length,
      column: (lines.at(-1)?.length ?? 0) + 1,
      message: `The file is not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0').toUpperCase()} at offset ${bad})`,
      hint: 'Save the file with UTF-8 encoding (most editors have it under "Save with encoding"), and retype the character shown here as \uFFFD.',
      rule: 'encoding',
    });
  }
  return file;
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    // Narrow down: the longest prefix that decodes. Binary search over prefixes would stop inside
    // a sequence, so walk the sequences instead (linear, once per bad file).
  }
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need === -1) return i;
    if (need > 0) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + need + 1));
      } catch {
        return i;
      }
    }
    i += need + 1;
  }
  return -1;
}

/** Satteri reports `line:col: reason (line:col) (rule)`; keep the place and the reason. */
function mdxSyntaxDiagnostic(file: string, err: unknown): Diagnostic {
  const text = err instanceof Error ? err.message : String(err);
  const m = /^(\d+):(\d+)(?:-\d+:\d+)?: (.*?)(?: \(\d+:\d+(?:-\d+:\d+)?\))?(?: \([\w:-]+\))?$/s.exec(text);
  const reason = (m ? m[3]! : text).replace(/\s+/g, ' ').trim() || 'the file cannot be read as MDX';
  return {
    file,
    line: Math.max(1, m ? Number(m[1]) : 1),
    column: Math.max(1, m ? Number(m[2]) : 1),
    message: `MDX syntax error: ${reason}`,
    hint: 'Close every tag, and write a literal `<` or `{` as `\\<` or `\\{`.',
    rule: 'mdx-syntax',
  };
}

/** Plain text of a node, as the renderer sees it for heading ids. */
export function textOf(node: MdastNode): string {
  let text = '';
  walk(node, (n) => {
    const value = (n as { value?: unknown }).value;
    if (typeof value === 'string' && n.type !== 'yaml') text += value;
  });
  return text;
}

/** A node's children, or none. */
function childrenOf(node: MdastNode): readonly MdastNode[] {
  const children = (node as { children?: unknown }).children;
  return Array.isArray(children) ? (children as MdastNode[]) : [];
}

/**
 * Walks a tree depth-first in document order, calling `visit` on every node. It keeps its own
 * stack rather than recursing: Markdown nests as deep as the author types (`>>>>…`), far past
 * the call stack.
 */
export function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  const stack: MdastNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    visit(current);
    const children = childrenOf(current);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** How many nodes a tree holds: the unit of work every rule's walk costs. */
export function countNodes(tree: MdastNode): number {
  let count = 0;
  walk(tree, () => count++);
  return count;
}

/** The ids the renderer gives a page's headings: GitHub-style slugs, de-duplicated in order. */
export function headingIds(tree: MdastNode): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  walk(tree, (node) => {
    if (node.type === 'heading') ids.push(slugger.slug(headingText(node)));
  });
  return ids;
}

/**
 * A heading's text as the renderer slugs it: after smart punctuation, which turns runs of
 * hyphens outside code into en and em dashes (`--` → `–`, `---` → `—`), which slugs then drop.
 */
function headingText(node: MdastNode): string {
  let text = '';
  walk(node, (n) => {
    const value = (n as { value?: unknown }).value;
    if (typeof value !== 'string') return;
    text += n.type === 'text' ? value.replace(/-{2,}/g, smartDashes) : value;
  });
  return text;
}

/** Smart punctuation for a run of hyphens: all em dashes, else all en dashes, else a mix. */
function smartDashes(run: string): string {
  const n = run.length;
  if (n % 3 === 0) return '—'.repeat(n / 3);
  if (n % 2 === 0) return '–'.repeat(n / 2);
  return n % 3 === 2 ? '—'.repeat((n - 2) / 3) + '–' : '—'.repeat((n - 4) / 3) + '––';
}
