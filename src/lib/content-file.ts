import { mdxToMdast, type MdastNode } from 'satteri';
import GithubSlugger from 'github-slugger';
import { readFrontmatter, type FrontmatterResult } from './frontmatter.ts';
import { entryIdFromPath } from './routes.ts';
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

/** Parses a content file's frontmatter and MDX, turning syntax errors into located diagnostics. */
export function parseContentFile(relPath: string, displayPath: string, source: string): ContentFile {
  const frontmatter = readFrontmatter(displayPath, source);
  const diagnostics = [...frontmatter.diagnostics];
  let tree: MdastNode | null = null;
  try {
    tree = mdxToMdast(source);
  } catch (err) {
    diagnostics.push(mdxSyntaxDiagnostic(displayPath, err));
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

/** Satteri reports `line:col: reason (line:col) (rule)`; keep the place and the reason. */
function mdxSyntaxDiagnostic(file: string, err: unknown): Diagnostic {
  const text = err instanceof Error ? err.message : String(err);
  const m = /^(\d+):(\d+)(?:-\d+:\d+)?: (.*?)(?: \(\d+:\d+(?:-\d+:\d+)?\))?(?: \([\w:-]+\))?$/s.exec(text);
  return {
    file,
    line: m ? Number(m[1]) : 1,
    column: m ? Number(m[2]) : 1,
    message: `MDX syntax error: ${m ? m[3] : text}`,
    hint: 'Close every tag, and write a literal `<` or `{` as `\\<` or `\\{`.',
    rule: 'mdx-syntax',
  };
}

/** Plain text of a node, as the renderer sees it for heading ids. */
export function textOf(node: MdastNode): string {
  const n = node as { value?: unknown; children?: MdastNode[] };
  if (typeof n.value === 'string' && node.type !== 'yaml') return n.value;
  return (n.children ?? []).map(textOf).join('');
}

/** Walks a tree depth-first, calling `visit` on every node. */
export function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  for (const child of (node as { children?: MdastNode[] }).children ?? []) walk(child, visit);
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
  const n = node as { value?: unknown; children?: MdastNode[] };
  if (node.type === 'text' && typeof n.value === 'string') return n.value.replace(/-{2,}/g, smartDashes);
  if (typeof n.value === 'string') return n.value;
  return (n.children ?? []).map(headingText).join('');
}

/** Smart punctuation for a run of hyphens: all em dashes, else all en dashes, else a mix. */
function smartDashes(run: string): string {
  const n = run.length;
  if (n % 3 === 0) return '—'.repeat(n / 3);
  if (n % 2 === 0) return '–'.repeat(n / 2);
  return n % 3 === 2 ? '—'.repeat((n - 2) / 3) + '–' : '—'.repeat((n - 4) / 3) + '––';
}
