/** The query set that ranking is measured against: each query and the sections a reader wants first. */

import { shownSections, type RankedPage } from '../browser/section-rank.ts';

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

/** What the result list shows, in order: each page's own result, then the sections listed under it. */
export function shownList(ranked: readonly RankedPage[], sectionsPerPage: number): Pick<Shown, 'page' | 'section'>[] {
  return ranked.flatMap((r) => {
    const page = r.page.meta.title ?? r.page.url;
    return [{ page, section: r.target?.section.title ?? null }, ...shownSections(r, sectionsPerPage).map((s) => ({ page, section: s.title }))];
  });
}

/** Where the first expected section stands in what is shown (1 is first), or null when it is not shown. */
export function expectedRank(shown: readonly Pick<Shown, 'page' | 'section'>[], expect: readonly Expected[]): number | null {
  const at = shown.findIndex((s) => meetsExpectation(s, expect));
  return at === -1 ? null : at + 1;
}

/** How well a query set ranks: queries whose expected section is first, in the top 3, and the mean reciprocal rank. */
export interface RankingSummary {
  queries: number;
  first: number;
  top3: number;
  /** Mean of 1/rank, with 0 for a query whose expected section is not shown. */
  mrr: number;
}

export function summarizeRanks(ranks: readonly (number | null)[]): RankingSummary {
  const n = ranks.length;
  return {
    queries: n,
    first: ranks.filter((r) => r === 1).length,
    top3: ranks.filter((r) => r !== null && r <= 3).length,
    mrr: n === 0 ? 0 : ranks.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0) / n,
  };
}

/** One line for reports: `ranking: 41/44 first, 44/44 in the top 3, mean reciprocal rank 0.96`. */
export function formatRankingSummary(s: RankingSummary): string {
  return `ranking: ${s.first}/${s.queries} first, ${s.top3}/${s.queries} in the top 3, mean reciprocal rank ${s.mrr.toFixed(2)}`;
}
