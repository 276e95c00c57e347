import { mdxToMdast, type MdastNode } from 'satteri';
import GithubSlugger from 'github-slugger';
import { readFrontmatter, type FrontmatterResult } from './frontmatter.ts';
import { entryIdFromPath } from '../site/routes.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { decodeSource, parserLimit } from './source-text.ts';
import { parseFault } from '../rules/guard.ts';

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
  const diagnostics: Diagnostic[] = [];
  // Each step is guarded: whatever one of them throws on is one problem on this file, and the
  // other steps and files are still checked.
  const frontmatter = guarded(displayPath, 'frontmatter', diagnostics, () => readFrontmatter(displayPath, source), unreadFrontmatter);
  diagnostics.push(...frontmatter.diagnostics);
  let tree: MdastNode | null = null;
  const overLimit = guarded(displayPath, 'parser-limits', diagnostics, () => parserLimit(source), () => null);
  if (overLimit) {
    diagnostics.push({ ...overLimit, file: displayPath });
  } else {
    try {
      tree = mdxToMdast(source);
    } catch (err) {
      diagnostics.push(mdxSyntaxDiagnostic(displayPath, err));
    }
  }
  const ids = tree ? guarded(displayPath, 'heading-ids', diagnostics, () => headingIds(tree), () => []) : [];
  return {
    relPath,
    displayPath,
    id: entryIdFromPath(relPath),
    source,
    frontmatter,
    tree,
    headingIds: ids,
    diagnostics,
  };
}

/** The frontmatter of a file whose frontmatter could not be read at all: nothing, and no problems of its own. */
function unreadFrontmatter(): FrontmatterResult {
  return { data: null, raw: Object.create(null) as Record<string, unknown>, keyLines: Object.create(null) as Record<string, number>, diagnostics: [] };
}

/** Runs one step of parsing; if it throws, records the fault on the file and returns `fallback()`. */
function guarded<T>(file: string, step: string, diagnostics: Diagnostic[], run: () => T, fallback: () => T): T {
  try {
    return run();
  } catch (err) {
    diagnostics.push(parseFault(file, step, err));
    return fallback();
  }
}

/**
 * Parses a file read as bytes. Bytes that are not UTF-8 are reported at the first bad one (the
 * rest of the file is still checked, read with U+FFFD in their place, as the build would show it).
 */
export function parseContentBytes(relPath: string, displayPath: string, bytes: Uint8Array): ContentFile {
  const { text, invalid } = decodeSource(bytes);
  const file = parseContentFile(relPath, displayPath, text);
  if (invalid) {
    file.diagnostics.unshift({
      file: displayPath,
      line: invalid.line,
      column: invalid.column,
      message: `The file is not valid UTF-8 (byte 0x${invalid.byte.toString(16).padStart(2, '0').toUpperCase()} at offset ${invalid.offset})`,
      hint: 'Save the file with UTF-8 encoding (most editors have it under "Save with encoding"), and retype the character shown here as \uFFFD.',
      rule: 'encoding',
    });
  }
  return file;
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
