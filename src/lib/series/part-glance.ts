/**
 * "At a glance" on a series part: about how long it takes, what the reader needs first and what
 * they will have at the end, from the part's `minutes`, `prerequisites` and `outcomes`.
 */

/** A run of plain text, or of `inline code` (written in backticks in the frontmatter). */
export interface InlineRun {
  code: boolean;
  text: string;
}

export interface PartGlance {
  /** `About 20 minutes`. */
  time: string;
  prerequisites: InlineRun[][];
  outcomes: InlineRun[][];
}

/** What the glance is made from: the part's frontmatter fields. */
export interface GlanceFields {
  minutes?: number | undefined;
  prerequisites?: readonly string[] | undefined;
  outcomes?: readonly string[] | undefined;
}

/** Splits a frontmatter string at its backticks: `` run `docker ps` `` → text, then code. */
export function inlineRuns(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  // A backtick without its pair stays plain text.
  const pattern = /`([^`]+)`/g;
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) runs.push({ code: false, text: text.slice(at, m.index) });
    runs.push({ code: true, text: m[1]! });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ code: false, text: text.slice(at) });
  return runs;
}

/** `About 20 minutes`. */
export function aboutMinutes(minutes: number): string {
  return `About ${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** The glance of a part, or null when the page is not a part or has no `minutes`. */
export function partGlance(part: number | null, fields: GlanceFields): PartGlance | null {
  if (part === null || fields.minutes === undefined) return null;
  return {
    time: aboutMinutes(fields.minutes),
    prerequisites: (fields.prerequisites ?? []).map(inlineRuns),
    outcomes: (fields.outcomes ?? []).map(inlineRuns),
  };
}
