import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startStaticServer } from './static-server.ts';
import { launchChromium } from './chromium.ts';
import { parseQuery, rankPages, type PageResult } from '../lib/search/browser/section-rank.ts';
import { expectedRank, firstShown, parseQuerySet, shownList, summarizeRanks, type QueryCase, type RankingSummary, type Shown } from '../lib/search/build/query-set.ts';
import { RANKING, RESULT_PAGES, SHOWN_SECTIONS, type Ranking } from '../lib/search/browser/ranking.ts';

/** The query set the ranking is measured against. */
export const QUERY_FILE = resolve(import.meta.dirname, '../../test/search-queries.json');

/** Pagefind's results for a query under a ranking, as the search box loads them (the first pages' data). */
export async function pagefindResults(page: Page, query: string, ranking: Ranking): Promise<PageResult[]> {
  return page.evaluate(
    async ({ query, ranking, shown, bundle }) => {
      const pagefind = await import(bundle);
      await pagefind.options({ excerptLength: 24, ranking });
      const found = await pagefind.search(query);
      return Promise.all(found.results.slice(0, shown).map((r: { data(): Promise<unknown> }) => r.data()));
    },
    { query, ranking, shown: RESULT_PAGES, bundle: '/pagefind/pagefind.js' },
  ) as Promise<PageResult[]>;
}

/** One query of the set: what the box shows first, and where the expected section stands. */
export interface QueryRank {
  query: string;
  expect: QueryCase['expect'];
  first: Shown | null;
  /** 1 when the expected section is shown first; null when it is not shown at all. */
  rank: number | null;
}

/**
 * Runs every query of the set over a built site's index in Chromium, ranked as the search box
 * ranks (the site's Pagefind options, then `rankPages`), and says where each expected section stands.
 */
export async function measureRanking(siteDir: string, queryFile = QUERY_FILE): Promise<{ ranks: QueryRank[]; summary: RankingSummary }> {
  const cases = parseQuerySet(readFileSync(queryFile, 'utf8'), queryFile);
  const server = await startStaticServer({ root: resolve(siteDir) });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    const ranks: QueryRank[] = [];
    // One query at a time, as a reader types them.
    for (const c of cases) {
      const ranked = rankPages(await pagefindResults(page, c.query, RANKING), parseQuery(c.query));
      ranks.push({ query: c.query, expect: c.expect, first: firstShown(ranked), rank: expectedRank(shownList(ranked, SHOWN_SECTIONS), c.expect) });
    }
    return { ranks, summary: summarizeRanks(ranks.map((r) => r.rank)) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** One line per query: its rank, what is shown first, and what was expected when that differs. */
export function formatQueryRank(r: QueryRank): string {
  const place = (s: { page: string; section: string | null } | null) => (s ? `${s.page} › ${s.section ?? 'top'}` : 'nothing');
  const expected = r.expect.map(([page, section]) => place({ page, section })).join(' or ');
  return r.rank === 1 ? `  1  ${r.query}: ${place(r.first)}` : `  ${r.rank ?? '-'}  ${r.query}: ${place(r.first)}, expected ${expected}`;
}
