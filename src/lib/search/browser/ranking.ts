/** Pagefind's ranking options for this site, chosen by measurement (src/lib/search/browser/README.md). */

export interface Ranking {
  pageLength?: number;
  termFrequency?: number;
  termSaturation?: number;
  termSimilarity?: number;
}

/** Pagefind 1.6's own defaults, the baseline of the measurements. */
export const PAGEFIND_DEFAULTS: Ranking = { pageLength: 0.75, termFrequency: 1, termSaturation: 1.4, termSimilarity: 1 };

/**
 * A higher term saturation lets a page that repeats a command (the part that runs it) outrank a
 * page that mentions it once: Pagefind's own page order then puts the expected page first for 14
 * of 16 queries instead of 13, and it decides the order beyond the pages the box ranks itself.
 */
export const RANKING: Ranking = { ...PAGEFIND_DEFAULTS, termSaturation: 2 };

/** How many pages' data the search box loads and shows. */
export const RESULT_PAGES = 8;

/** How many sections the search box lists under each page's own result. */
export const SHOWN_SECTIONS = 3;
