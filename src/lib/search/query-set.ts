/** The query set that ranking is measured against: each query and the sections a reader wants first. */

import type { RankedPage } from './section-rank.ts';

/** A page title and a section heading; a null heading means the top of the page. */
export type Expected = [page: string, section: string | null];

export interface QueryCase {
  query: string;
  expect: Expected[];
}

/** What a result list shows first: the first page, and the section its link leads to. */
export interface Shown {
  page: string;
  section: string | null;
  href: string;
}

/** Reads the query set file's JSON, or throws naming every entry that is wrong and how. */
export function parseQuerySet(json: string, file: string): QueryCase[] {
  const data = JSON.parse(json) as { queries?: unknown };
  if (!Array.isArray(data.queries)) throw new Error(`${file}: expected an object with a "queries" array`);
  const problems: string[] = [];
  const cases = data.queries.filter((q: unknown, i: number): q is QueryCase => {
    const c = q as Partial<QueryCase>;
    const ok =
      typeof c.query === 'string' && c.query.trim() !== '' && Array.isArray(c.expect) && c.expect.length > 0 &&
      c.expect.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && (typeof e[1] === 'string' || e[1] === null));
    if (!ok) problems.push(`${file}: queries[${i}] needs "query" (text) and "expect" (a list of [page title, section heading or null])`);
    return ok;
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return cases;
}

/** The first result of a ranked list, as the reader sees it. */
export function firstShown(ranked: readonly RankedPage[]): Shown | null {
  const first = ranked[0];
  if (!first) return null;
  return { page: first.page.meta.title ?? first.page.url, section: first.target?.section.title ?? null, href: first.href };
}

/** True when what is shown first is one of the expected sections. */
export function meetsExpectation(shown: Pick<Shown, 'page' | 'section'> | null, expect: readonly Expected[]): boolean {
  return !!shown && expect.some(([page, section]) => page === shown.page && section === shown.section);
}
