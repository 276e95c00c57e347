import { diffSequences } from '../../../src/lib/site-diff/word-diff.ts';

/**
 * The lines of `before` and `after` as a unified diff (`--- a`, `+++ b`, `@@` hunks with
 * `context` lines around each change), as `git diff` prints it; '' when they are equal.
 */
export function unifiedDiff(before: string, after: string, labels: { before: string; after: string }, context = 3): string {
  const a = splitLines(before);
  const b = splitLines(after);
  const { removed, added } = diffSequences(a, b);
  if (removed.length === 0 && added.length === 0) return '';
  const gone = new Set(removed);
  const come = new Set(added);
  // Walk both sides at once into one list of kept, removed and added lines.
  const ops: { kind: ' ' | '-' | '+'; text: string; ai: number; bi: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && gone.has(i)) ops.push({ kind: '-', text: a[i]!, ai: i++, bi: j });
    else if (j < b.length && come.has(j)) ops.push({ kind: '+', text: b[j]!, ai: i, bi: j++ });
    else ops.push({ kind: ' ', text: a[i]!, ai: i++, bi: j++ });
  }
  const out = [`--- ${labels.before}`, `+++ ${labels.after}`];
  const changed = ops.map((op, k) => (op.kind === ' ' ? -1 : k)).filter((k) => k >= 0);
  let k = 0;
  while (k < changed.length) {
    // A hunk runs from `context` lines before a change to `context` after the last change near it.
    const start = Math.max(0, changed[k]! - context);
    let end = changed[k]!;
    while (k < changed.length && changed[k]! - end <= 2 * context + 1) end = changed[k++]!;
    const stop = Math.min(ops.length, end + context + 1);
    const hunk = ops.slice(start, stop);
    const aCount = hunk.filter((op) => op.kind !== '+').length;
    const bCount = hunk.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${range(ops[start]!.ai, aCount)} +${range(ops[start]!.bi, bCount)} @@`);
    for (const op of hunk) out.push(`${op.kind}${op.text}`);
  }
  return `${out.join('\n')}\n`;
}

/** `start,count` as unified diffs write it: 1-based, and the line before for an empty side. */
function range(index: number, count: number): string {
  return count === 0 ? `${index},0` : count === 1 ? `${index + 1}` : `${index + 1},${count}`;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
