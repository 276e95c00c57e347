import { frontmatterSchema, type Frontmatter } from './frontmatter-schema.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { readYaml } from './frontmatter-yaml.ts';

/** Frontmatter split off a file, with where each key stands so errors can point at it. */
export interface FrontmatterBlock {
  /** The YAML text between the `---` lines. */
  yaml: string;
  /** 1-based line of the first YAML line in the file. */
  startLine: number;
  /** The body after the closing `---`, and the line it starts on. */
  body: string;
  bodyLine: number;
}

/** Splits `---` frontmatter off a source; null when the file has none. */
export function splitFrontmatter(source: string): FrontmatterBlock | null {
  // The closing `---` stands on a line of its own, as the MDX parser reads it; a `---` after text
  // on a line belongs to the YAML.
  const m = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(\r?\n|$)/.exec(source);
  if (!m) return null;
  const yaml = m[1] ?? '';
  const bodyLine = m[0].split('\n').length + (m[0].endsWith('\n') ? 0 : 1);
  return { yaml, startLine: 2, body: source.slice(m[0].length), bodyLine };
}

export interface FrontmatterResult {
  data: Frontmatter | null;
  /** Raw parsed YAML, even when it fails the schema (navigation checks use what they can). */
  raw: Record<string, unknown>;
  /** 1-based file line of each top-level key (no prototype: `__proto__` is a key like any other). */
  keyLines: Record<string, number>;
  diagnostics: Diagnostic[];
}

/** Parses and validates a file's frontmatter, locating every problem at its YAML line. */
export function readFrontmatter(file: string, source: string): FrontmatterResult {
  const block = splitFrontmatter(source);
  const fail = (line: number, column: number, message: string, hint: string): FrontmatterResult => ({
    data: null,
    raw: {},
    keyLines: Object.create(null) as Record<string, number>,
    diagnostics: [{ file, line, column, message, hint, rule: 'frontmatter' }],
  });
  if (!block) {
    // The parser drops one byte-order mark; a second one is invisible in an editor but hides the `---`.
    if (/^\uFEFF+---/.test(source)) {
      return fail(1, 1, 'An extra byte-order mark (the invisible character U+FEFF) stands before the opening `---`', 'Delete the invisible character before `---`, or save the file again as UTF-8.');
    }
    return fail(1, 1, 'Missing frontmatter', 'Start the file with a `---` block holding at least `title:` and `description:`.');
  }
  const read = readYaml(block.yaml);
  const lineOf = (offset: number) => block.startLine + read.lineCounter.linePos(offset).line - 1;
  if (!read.ok) {
    const { problem } = read;
    return fail(lineOf(problem.offset), read.lineCounter.linePos(problem.offset).col, problem.message, problem.hint);
  }
  const keyLines = Object.create(null) as Record<string, number>;
  for (const key of read.keys) keyLines[key.name] = lineOf(key.offset);
  const raw = toPlainObject(read.value);
  const parsed = frontmatterSchema.safeParse(raw);
  if (parsed.success) return { data: parsed.data, raw, keyLines, diagnostics: [] };
  const diagnostics = parsed.error.issues.flatMap((issue): Diagnostic[] => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')];
    return keys.map((key) => ({
      file,
      line: Object.hasOwn(keyLines, key) ? keyLines[key]! : 1,
      column: 1,
      message: issue.code === 'unrecognized_keys'
        ? `Unknown frontmatter key \`${printable(key)}\``
        : issue.code === 'invalid_type' && !Object.hasOwn(raw, key)
          ? `Missing required frontmatter key \`${key}\``
          : `Frontmatter \`${key}\` ${issue.message.replace(/\s+/g, ' ')}`,
      hint: frontmatterHint(key),
      rule: 'frontmatter',
    }));
  });
  return { data: null, raw, keyLines, diagnostics };
}

/**
 * The YAML mapping as an object without a prototype, so keys such as `__proto__`, `constructor`
 * or `toString` are plain own keys (and reach the schema as unknown keys) instead of reaching
 * into `Object.prototype`.
 */
function toPlainObject(value: unknown): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  if (value instanceof Map) {
    for (const [k, v] of value) out[String(k)] = v;
  } else if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) out[k] = (value as Record<string, unknown>)[k];
  }
  return out;
}

/** A key as it can be shown between backticks on one line. */
function printable(key: string): string {
  const flat = key.replace(/[\u0000-\u001f\u007f`]/g, '?');
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

const HINTS: Readonly<Record<string, string>> = {
  title: 'Give the page a `title:`, the name readers see in the heading and breadcrumbs.',
  description: 'Give the page a one-sentence `description:`.',
  order: '`order:` is a whole number; lower numbers come first in the folder.',
  part: '`part:` is the page\'s whole part number in its series, starting at 1.',
  series: '`series: true` goes on a folder\'s index.mdx to number its pages.',
};

function frontmatterHint(key: string): string {
  return Object.hasOwn(HINTS, key) ? HINTS[key]! : 'Allowed keys: title, description, order, series, part, navLabel (see CONTRIBUTING.md).';
}
