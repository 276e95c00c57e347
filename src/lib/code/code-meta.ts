/**
 * Fence meta: the text after the language on a code fence's opening line, e.g.
 * ```` ```yaml title="docker-compose.yml" {2,4-5} ins={7-9} del={3} ````.
 */
export interface FenceMeta {
  /** File name shown in a frame above the block. */
  title?: string;
  /** 1-based line numbers to highlight. */
  marked: number[];
  /** 1-based line numbers added since the previous version of the file. */
  ins: number[];
  /** 1-based line numbers removed since the previous version of the file. */
  del: number[];
  /** `diff`: lines start with `+`, `-` or a space that marks them added, removed or kept. */
  diff: boolean;
  /** What could not be understood, in words for the author. */
  problems: string[];
}

const KNOWN_KEYS = ['title', 'ins', 'del', 'mark'];

// key="value" | key='value' | key={ranges} | {ranges} | bare word
const PART = /(\w+)=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})|\{([^}]*)\}|(\S+)/g;

/** Parses fence meta into its title, line marks and change marks; problems are collected, not thrown. */
export function parseFenceMeta(meta: string | null | undefined): FenceMeta {
  const result: FenceMeta = { marked: [], ins: [], del: [], diff: false, problems: [] };
  for (const m of (meta ?? '').matchAll(PART)) {
    const [whole, key, dq, sq, keyRanges, bareRanges, word] = m;
    if (bareRanges !== undefined) {
      result.marked.push(...parseRanges(bareRanges, whole, result.problems));
    } else if (key !== undefined) {
      if (!KNOWN_KEYS.includes(key)) {
        result.problems.push(`unknown fence option \`${key}\` (use title="…", {lines}, ins={lines}, del={lines} or diff)`);
        continue;
      }
      if (key === 'title') {
        const value = dq ?? sq;
        if (value === undefined || value.trim() === '') result.problems.push('`title` needs a quoted file name: title="Dockerfile"');
        else result.title = value;
        continue;
      }
      if (keyRanges === undefined) {
        result.problems.push(`\`${key}\` takes line numbers in braces: ${key}={2,4-5}`);
        continue;
      }
      const lines = parseRanges(keyRanges, whole, result.problems);
      (key === 'mark' ? result.marked : key === 'ins' ? result.ins : result.del).push(...lines);
    } else if (word === 'diff') {
      result.diff = true;
    } else {
      result.problems.push(`unknown fence option \`${word}\` (use title="…", {lines}, ins={lines}, del={lines} or diff)`);
    }
  }
  for (const list of [result.marked, result.ins, result.del]) {
    const unique = [...new Set(list)].sort((a, b) => a - b);
    list.splice(0, list.length, ...unique);
  }
  return result;
}

/** Most lines one option may mark: more than any code block holds, few enough to list. */
const MAX_MARKED = 10_000;

/** `2,4-5` → [2, 4, 5]; a malformed part is reported and skipped. */
export function parseRanges(text: string, context: string, problems: string[]): number[] {
  const lines: number[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    const from = m ? Number(m[1]) : NaN;
    const to = m?.[2] !== undefined ? Number(m[2]) : from;
    if (!m || from < 1 || to < from) {
      problems.push(`\`${part}\` in \`${context}\` is not a line or a range like 4-5`);
      continue;
    }
    if (to - from + 1 + lines.length > MAX_MARKED) {
      problems.push(`\`${part}\` in \`${context}\` marks more lines than a code block holds`);
      continue;
    }
    for (let n = from; n <= to; n++) lines.push(n);
  }
  return lines;
}

/** Line changes after applying diff notation: the code without its markers, and which lines changed. */
export interface DiffLines {
  code: string;
  ins: number[];
  del: number[];
}

/** Strips the `+`/`-`/space column of a `diff` block and records which lines were added or removed. */
export function applyDiffNotation(code: string): DiffLines {
  const ins: number[] = [];
  const del: number[] = [];
  const lines = code.split('\n').map((line, i) => {
    const mark = line[0];
    if (mark === '+') ins.push(i + 1);
    if (mark === '-') del.push(i + 1);
    return mark === '+' || mark === '-' || mark === ' ' ? line.slice(1) : line;
  });
  return { code: lines.join('\n'), ins, del };
}

/** Line numbers in the meta that the block does not have. */
export function linesOutOfRange(meta: FenceMeta, lineCount: number): number[] {
  return [...meta.marked, ...meta.ins, ...meta.del].filter((n) => n > lineCount);
}
