/** Pagefind excerpts are HTML with `<mark>` around matches; this turns one into safe text runs. */

export interface ExcerptRun {
  text: string;
  /** The run matched the query and is shown inside `<mark>`. */
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an excerpt may contain; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt into plain and marked runs. Only `<mark>` survives; any other tag is dropped,
 * so the caller can render the runs with textContent and never inject markup.
 */
export function excerptRuns(html: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let mark = false;
  for (const piece of html.split(/(<[^>]*>)/)) {
    if (piece.startsWith('<') && piece.endsWith('>')) {
      const tag = /^<\s*(\/?)\s*([a-z0-9]+)/i.exec(piece);
      if (tag && tag[2]?.toLowerCase() === 'mark') mark = tag[1] !== '/';
      continue;
    }
    const text = decodeEntities(piece);
    if (text === '') continue;
    const last = runs[runs.length - 1];
    if (last && last.mark === mark) last.text += text;
    else runs.push({ text, mark });
  }
  return runs;
}
