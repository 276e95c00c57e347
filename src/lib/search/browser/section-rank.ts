/**
 * Orders a page's sections by how well they match a query, and picks where the page's own
 * result should lead. Pagefind returns sections in page order and scores only whole pages; a
 * reader wants the section that answers the query first.
 */

import { namesCommand, parseTeaching, sameWord, type PageTeaching } from '../build/teaching-sections.ts';

/** One matched word as Pagefind reports it: its position among the page's words and its score. */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A heading with an id, where a section starts. */
export interface SectionAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** A section of a page result (Pagefind's `sub_results`); the top of the page has no anchor. */
export interface SectionResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: SectionAnchor;
  weighted_locations: WeightedLocation[];
  locations: number[];
}

/** The parts of a Pagefind page result (`result.data()`) that ranking reads. */
export interface PageResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's text with its words where `location` counts them. */
  raw_content?: string;
  content: string;
  sub_results?: SectionResult[];
}

/** The words of a query, normalised, and whether the whole query was quoted as one phrase. */
export interface Query {
  terms: string[];
  phrase: boolean;
}

/** How well one section matches, compared field by field in this order. */
export interface SectionScore {
  /** Distinct query terms found in the section. */
  terms: number;
  /** The terms appear next to each other, in the query's order (always true for one term). */
  phrase: boolean;
  /**
   * The heading holds every word of a query of several (`visualizer production` and "Keep the
   * visualizer out of production"): the query names this section's context, so it outranks the
   * place a command is taught.
   */
  headingAll: boolean;
  /**
   * The section is where the site first runs a command the query names (`teaching-sections.ts`):
   * how many words the most specific such command has (`docker stack deploy`: 2), else 0.
   */
  teaches: number;
  /**
   * Words of the query follow a shell prompt (`$ docker stack rm`; for several terms, two of them
   * side by side in the query's order): the section runs the command, not just names it.
   */
  command: boolean;
  /** Distinct query terms found in the section's heading. */
  headingTerms: number;
  /** Share of the heading's words that match (`Virtual machines` over `Containers and virtual machines`). */
  headingShare: number;
  /**
   * Pagefind's balanced scores of the matched words, saturated per term: a section that names a
   * rare term a few times beats a cheat sheet that repeats a common one.
   */
  weight: number;
  /** Position on the page, for a stable tie-break. */
  order: number;
}

export interface RankedSection {
  section: SectionResult;
  score: SectionScore;
}

export interface RankedPage {
  page: PageResult;
  /** Sections, best first. */
  sections: RankedSection[];
  /** Where the page's own result links: the best section, or the page when the match is at its top. */
  href: string;
  /** The section `href` leads to, when it is not the top of the page. */
  target?: RankedSection;
}

/** Pagefind splits words on whitespace (except the zero-width no-break space) the same way. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Lower case without the punctuation around a word (`port:` → `port`, `"app.py"` → `app.py`). */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(EDGE_PUNCTUATION, '');
}

/** Splits a query into terms; a query wrapped in double quotes is a phrase (Pagefind's exact search). */
export function parseQuery(query: string): Query {
  const trimmed = query.trim();
  const phrase = /^".+"$/s.test(trimmed);
  const terms = trimmed
    .replace(/"/g, ' ')
    .split(/\s+/)
    .map(normalizeWord)
    .filter((t) => t !== '');
  return { terms, phrase };
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * True when an indexed word is a match for a query term. Pagefind matches stems and, for the
 * last term, prefixes, and it indexes the parts of `docker-compose.yml` too, so this accepts
 * the same family of words: prefixes either way and words sharing all but a short ending.
 */
export function wordMatchesTerm(word: string, term: string): boolean {
  const w = normalizeWord(word);
  if (w === '' || term === '') return false;
  const parts = [w, ...w.split(/[^\p{L}\p{N}]+/u).filter(Boolean)];
  return parts.some((p) => {
    if (p.startsWith(term)) return true;
    if (p.length >= 3 && term.startsWith(p)) return true;
    const shorter = Math.min(p.length, term.length);
    return shorter >= 4 && commonPrefix(p, term) >= shorter - 2;
  });
}

/** The page's words, indexed the way Pagefind's locations count them. */
export function pageWords(page: Pick<PageResult, 'raw_content' | 'content'>): string[] {
  return (page.raw_content ?? page.content).split(WORD_SEPARATORS);
}

function countWords(text: string): number {
  return text.split(WORD_SEPARATORS).filter(Boolean).length;
}

/** Scores one section against the query terms. */
export function scoreSection(section: SectionResult, words: readonly string[], query: Query, order: number, pageTitle: string, teaching: PageTeaching = new Map()): SectionScore {
  const found = new Set<number>();
  const headingFound = new Set<number>();
  // The heading's words start at the anchor; the top of the page starts with the page title.
  const headingStart = section.anchor?.location ?? 0;
  const headingEnd = headingStart + countWords(section.anchor?.text ?? pageTitle);
  const matchedAt = new Map<number, Set<number>>();
  const headingWords = new Set<number>();
  const perTerm = query.terms.map(() => ({ count: 0, best: 0 }));
  const scoreAt = new Map(section.weighted_locations.map((l) => [l.location, l.balanced_score]));
  for (const location of section.locations) {
    const word = words[location] ?? '';
    const terms = new Set<number>();
    query.terms.forEach((term, i) => {
      if (wordMatchesTerm(word, term)) terms.add(i);
    });
    matchedAt.set(location, terms);
    const inHeading = location >= headingStart && location < headingEnd;
    if (inHeading && terms.size) headingWords.add(location);
    for (const t of terms) {
      found.add(t);
      if (inHeading) headingFound.add(t);
      const tally = perTerm[t]!;
      tally.count++;
      tally.best = Math.max(tally.best, scoreAt.get(location) ?? 0);
    }
  }
  const starts = phraseStarts(matchedAt, query.terms.length);
  // A heading's words and their parts: `docker-compose.yml` is also `compose`, as Pagefind indexes it.
  const headingWordList = (section.anchor?.text ?? pageTitle).split(WORD_SEPARATORS).map(normalizeWord).flatMap((w) => [w, ...w.split(/[^\p{L}\p{N}]+/u)]);
  return {
    terms: found.size,
    phrase: starts.length > 0,
    headingAll: query.terms.length > 1 && query.terms.every((t) => headingWordList.some((w) => sameWord(w, t))),
    teaches: Math.max(0, ...(teaching.get(section.anchor?.id ?? '') ?? []).filter((c) => namesCommand(c, query.terms)).map((c) => c.split(' ').length - 1)),
    command: runsCommand(matchedAt, words, query.terms.length),
    headingTerms: headingFound.size,
    headingShare: headingEnd > headingStart ? headingWords.size / (headingEnd - headingStart) : 0,
    weight: perTerm.reduce((sum, t) => sum + t.best * saturate(t.count), 0),
    order,
  };
}

/** Grows with the count but flattens out: 1 → 1, 2 → 1.38, 5 → 1.8, never above 2.2. */
function saturate(count: number): number {
  return count === 0 ? 0 : (count * 2.2) / (count + 1.2);
}

/** Where runs of consecutive matched words carrying term 0, 1, … n-1 in order begin. */
function phraseStarts(matchedAt: Map<number, Set<number>>, n: number): number[] {
  const starts: number[] = [];
  for (const [start, terms] of matchedAt) {
    if (!terms.has(0)) continue;
    let k = 1;
    while (k < n && matchedAt.get(start + k)?.has(k)) k++;
    if (k === n) starts.push(start);
  }
  return starts;
}

/** Whether a prompt (`$`) is followed by a query term and, for a query of several, the term after it. */
function runsCommand(matchedAt: Map<number, Set<number>>, words: readonly string[], n: number): boolean {
  for (const [at, terms] of matchedAt) {
    if (words[at - 1] !== '$') continue;
    if (n === 1 ? terms.size > 0 : [...terms].some((t) => t + 1 < n && matchedAt.get(at + 1)?.has(t + 1))) return true;
  }
  return false;
}

/** Negative when `a` is the better match. */
export function compareScores(a: SectionScore, b: SectionScore): number {
  return (
    b.terms - a.terms ||
    Number(b.headingAll) - Number(a.headingAll) ||
    b.teaches - a.teaches ||
    Number(b.phrase) - Number(a.phrase) ||
    Number(b.command) - Number(a.command) ||
    b.headingTerms - a.headingTerms ||
    b.headingShare - a.headingShare ||
    b.weight - a.weight ||
    a.order - b.order
  );
}

/** A page's sections best first, and the link target for the page itself. */
export function rankPage(page: PageResult, query: Query): RankedPage {
  const words = pageWords(page);
  const title = page.meta.title ?? '';
  const teaching = parseTeaching(page.meta.teaches);
  const sections = (page.sub_results ?? [])
    .map((section, i) => ({ section, score: scoreSection(section, words, query, i, title, teaching) }))
    .sort((a, b) => compareScores(a.score, b.score));
  const best = sections[0];
  const atTop = !best || !best.section.anchor || best.section.url === page.url;
  return atTop ? { page, sections, href: page.url } : { page, sections, href: best.section.url, target: best };
}

/**
 * Ranks the pages whose data is loaded: each page's sections, then the pages themselves, keeping
 * Pagefind's order except that a page with a section holding more of the query (all its terms,
 * then all of them in its heading, then where the site teaches the command they name, then the terms side by side, then run as a
 * command, then in its heading) comes first.
 */
export function rankPages(pages: readonly PageResult[], query: Query): RankedPage[] {
  const ranked = pages.map((p) => rankPage(p, query));
  const key = (r: RankedPage) => r.sections[0]?.score;
  return ranked
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = key(a.r);
      const y = key(b.r);
      if (!x || !y) return a.i - b.i;
      return (
        y.terms - x.terms ||
        Number(y.headingAll) - Number(x.headingAll) ||
        y.teaches - x.teaches ||
        Number(y.phrase) - Number(x.phrase) ||
        Number(y.command) - Number(x.command) ||
        y.headingTerms - x.headingTerms ||
        a.i - b.i
      );
    })
    .map(({ r }) => r);
}

/** The sections to list under a page's result: the best few, without the one the page itself leads to. */
export function shownSections(ranked: RankedPage, limit: number): SectionResult[] {
  return ranked.sections
    .filter((s) => s !== ranked.target && s.section.anchor && s.section.url !== ranked.page.url)
    .slice(0, limit)
    .map((s) => s.section);
}
