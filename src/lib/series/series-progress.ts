/**
 * A reader's progress through a series, kept in their browser only (localStorage: no cookie, no
 * request): the parts they marked done and the part they read last. The page's script
 * (`src/client/series-progress.ts`) reads and writes it through these functions, kept free of
 * the DOM so they are unit-tested.
 */

/** What is saved for one series. Part URLs are as the page links them (with the base). */
export interface ProgressState {
  done: string[];
  last: string | null;
}

/** A part as the "Continue" link names it: its URL and `Part 2: Containers`. */
export type ProgressPart = readonly [url: string, name: string];

/** The `localStorage` key of a series, by its index URL (with the base). */
export function progressStorageKey(seriesUrl: string): string {
  return `docs-progress:${seriesUrl}`;
}

/** Reads saved progress; anything unreadable (another version, a hand edit) is no progress. */
export function parseProgress(text: string | null): ProgressState {
  try {
    const value = JSON.parse(text ?? '') as { done?: unknown; last?: unknown };
    return { done: Array.isArray(value.done) ? value.done.filter((u): u is string => typeof u === 'string') : [], last: typeof value.last === 'string' ? value.last : null };
  } catch {
    return { done: [], last: null };
  }
}

/** The state with `part` marked done (or not). */
export function withDone(state: ProgressState, part: string, done: boolean): ProgressState {
  const others = state.done.filter((u) => u !== part);
  return { ...state, done: done ? [...others, part] : others };
}

/**
 * Where "Continue where you left off" leads: the part read last, unless it is done; else the
 * first part not done. Null before the reader has started, and once every part is done.
 */
export function continuePart(parts: readonly ProgressPart[], state: ProgressState): ProgressPart | null {
  if (state.done.length === 0 && state.last === null) return null;
  const done = new Set(state.done);
  const last = parts.find(([url]) => url === state.last);
  if (last && !done.has(last[0])) return last;
  return parts.find(([url]) => !done.has(url)) ?? null;
}
