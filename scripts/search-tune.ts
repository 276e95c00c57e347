import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStaticServer } from '../src/tools/static-server.ts';
import { launchChromium } from '../src/tools/chromium.ts';
import { parseQuery, rankPage, rankPages, type PageResult, type RankedPage } from '../src/lib/search/browser/section-rank.ts';
import { firstShown, formatRankingSummary, meetsExpectation, parseQuerySet, type QueryCase } from '../src/lib/search/build/query-set.ts';
import { formatQueryRank, measureRanking, pagefindResults } from '../src/tools/search-ranking.ts';
import { PAGEFIND_DEFAULTS, RANKING, type Ranking } from '../src/lib/search/browser/ranking.ts';

const HELP = `Usage: node scripts/search-tune.ts [site-dir] [--queries test/search-queries.json] [--report | --chosen] [--verbose]

Runs every query of the query set against the built site's Pagefind index in Chromium under a
grid of ranking options, and prints how many queries show the expected section first with each.
Build the site first (npm run build); the default site folder is dist.
  --report   only the site's ranking, as the search box ranks: each query's rank (1 is first,
             - not shown) and what it shows first, then queries first, in the top 3 and the
             mean reciprocal rank; exits 1 when a query's expected section is not first
  --chosen   only Pagefind's defaults and the site's ranking
  --verbose  list the queries the search box misses`;

type Strategy = (pages: PageResult[], query: string) => RankedPage[];

/** Pagefind's page and section order as they come, reading the first section as the one shown first. */
const asPagefindGives: Strategy = (pages) =>
  pages.map((page) => {
    const sections = (page.sub_results ?? []).map((section, order) => ({
      section,
      score: { terms: 0, phrase: false, headingAll: false, teaches: 0, command: false, headingTerms: 0, headingShare: 0, weight: 0, order },
    }));
    const first = sections[0];
    return first?.section.anchor ? { page, sections, href: first.section.url, target: first } : { page, sections, href: page.url };
  });
/** Sections ranked within each page, pages in Pagefind's order. */
const sectionsOnly: Strategy = (pages, q) => pages.map((p) => rankPage(p, parseQuery(q)));
/** Sections ranked and pages with a full match first (what the search box does). */
const sectionsAndPages: Strategy = (pages, q) => rankPages(pages, parseQuery(q));

const STRATEGIES: [string, Strategy][] = [
  ['Pagefind order', asPagefindGives],
  ['sections ranked', sectionsOnly],
  ['sections and pages ranked', sectionsAndPages],
];

function grid(): Ranking[] {
  const out: Ranking[] = [];
  for (const pageLength of [0.75, 0.5, 0.25, 0])
    for (const termFrequency of [1, 0.5])
      for (const termSaturation of [1.4, 0.8, 2])
        for (const termSimilarity of [1, 2]) out.push({ pageLength, termFrequency, termSaturation, termSimilarity });
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) return console.log(HELP);
  const at = args.indexOf('--queries');
  const queryFile = at >= 0 ? (args[at + 1] ?? '') : 'test/search-queries.json';
  const siteDir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--queries') ?? 'dist';
  if (args.includes('--report')) {
    const { ranks, summary } = await measureRanking(siteDir, queryFile);
    for (const r of ranks) console.log(formatQueryRank(r));
    console.log(formatRankingSummary(summary));
    if (summary.first < summary.queries) process.exitCode = 1;
    return;
  }
  const cases: QueryCase[] = parseQuerySet(readFileSync(queryFile, 'utf8'), queryFile);
  const server = await startStaticServer({ root: resolve(siteDir) });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    const verbose = args.includes('--verbose');
    const rankings = args.includes('--chosen') ? [PAGEFIND_DEFAULTS, RANKING] : grid();
    for (const ranking of rankings) {
      // One query at a time, as a reader types them.
      const results: { c: QueryCase; pages: PageResult[] }[] = [];
      for (const c of cases) results.push({ c, pages: await pagefindResults(page, c.query, ranking) });
      const line = STRATEGIES.map(([name, strategy]) => {
        const failed = results.filter(({ c, pages }) => !meetsExpectation(firstShown(strategy(pages, c.query)), c.expect));
        if (verbose && name === 'sections and pages ranked')
          for (const { c, pages } of failed) console.log(`  miss ${c.query}: ${JSON.stringify(firstShown(strategy(pages, c.query)))}`);
        return `${name} ${cases.length - failed.length}/${cases.length}`;
      });
      console.log(`${JSON.stringify(ranking)}  ${line.join('  ')}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
