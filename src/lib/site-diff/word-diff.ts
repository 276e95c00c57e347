/** Which items of `a` went and which of `b` came, between two sequences. */
export interface SequenceDiff {
  /** Indexes into `a` of the items not kept. */
  removed: number[];
  /** Indexes into `b` of the items not in `a` at that place. */
  added: number[];
}

// Past this many edits the exact diff's memory grows with (edits × length); a bag difference
// then gives the same counts and nearly the same excerpts.
const MAX_EDITS = 2000;

/**
 * A shortest edit script between two sequences of words (Myers' O(ND) algorithm, after the
 * common start and end are cut off), so an inserted sentence counts as its words only.
 */
export function diffSequences(a: readonly string[], b: readonly string[]): SequenceDiff {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const inner = myers(midA, midB) ?? bagDiff(midA, midB);
  return { removed: inner.removed.map((i) => i + start), added: inner.added.map((i) => i + start) };
}

/** Myers' forward search with a trace of each round, or null past MAX_EDITS. */
function myers(a: readonly string[], b: readonly string[]): SequenceDiff | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, n, m, d);
    }
  }
  return null;
}

/** Walks the trace back from the end, collecting the removed and added indexes. */
function backtrack(trace: Int32Array[], offset: number, n: number, m: number, edits: number): SequenceDiff {
  const removed: number[] = [];
  const added: number[] = [];
  let x = n;
  let y = m;
  for (let d = edits; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    // Kept items lie on the diagonal from the edit to (x, y); the edit itself is one step.
    if (down) added.push(prevY);
    else removed.push(prevX);
    x = prevX;
    y = prevY;
  }
  return { removed: removed.reverse(), added: added.reverse() };
}

/** Items of each side beyond the other's count of the same item: the counts an edit script gives. */
function bagDiff(a: readonly string[], b: readonly string[]): SequenceDiff {
  const left = (from: readonly string[], other: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const w of other) counts.set(w, (counts.get(w) ?? 0) + 1);
    const extra: number[] = [];
    from.forEach((w, i) => {
      const c = counts.get(w) ?? 0;
      if (c > 0) counts.set(w, c - 1);
      else extra.push(i);
    });
    return extra;
  };
  return { removed: left(a, b), added: left(b, a) };
}

/** Words added and removed between two texts, as runs of consecutive words. */
export interface WordChange {
  added: string[][];
  removed: string[][];
}

/**
 * The words added and removed between two texts given as blocks of words: blocks are matched
 * first, so a new paragraph counts as a whole and its run starts at its first word; the words of
 * the blocks that differ between two matched ones are then compared word by word.
 */
export function diffWords(before: readonly (readonly string[])[], after: readonly (readonly string[])[]): WordChange {
  const blocks = diffSequences(before.map((b) => b.join(' ')), after.map((b) => b.join(' ')));
  const removedBlocks = new Set(blocks.removed);
  const addedBlocks = new Set(blocks.added);
  const change: WordChange = { added: [], removed: [] };
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const old: string[] = [];
    const now: string[] = [];
    while (removedBlocks.has(i) || addedBlocks.has(j)) {
      if (removedBlocks.has(i)) old.push(...before[i++]!);
      else now.push(...after[j++]!);
    }
    const words = diffSequences(old, now);
    change.removed.push(...runsOf(old, words.removed));
    change.added.push(...runsOf(now, words.added));
    // Both now stand on a block the two texts share (or at their ends).
    i++;
    j++;
  }
  return change;
}

/** Indexes grouped into runs of consecutive ones, as the words they point at. */
function runsOf(words: readonly string[], indexes: readonly number[]): string[][] {
  const runs: string[][] = [];
  indexes.forEach((index, k) => {
    if (k === 0 || index !== indexes[k - 1]! + 1) runs.push([]);
    runs[runs.length - 1]!.push(words[index]!);
  });
  return runs;
}

/** The first run's words, at most `limit` of them, with `…` when more follow. */
export function excerpt(runs: readonly (readonly string[])[], limit = 12): string {
  const first = runs[0];
  if (!first) return '';
  const more = first.length > limit || runs.length > 1;
  return `${first.slice(0, limit).join(' ')}${more ? ' …' : ''}`;
}
