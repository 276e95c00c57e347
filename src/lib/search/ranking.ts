/** Pagefind's ranking options for this site, chosen by measurement (docs/ARCHITECTURE.md, Search). */

export interface Ranking {
  pageLength?: number;
  termFrequency?: number;
  termSaturation?: number;
  termSimilarity?: number;
}

/** Pagefind's defaults until measured otherwise. */
export const RANKING: Ranking = { pageLength: 0.75, termFrequency: 1, termSaturation: 1.4, termSimilarity: 1 };

/** How many pages' data the search box loads and shows. */
export const RESULT_PAGES = 8;
