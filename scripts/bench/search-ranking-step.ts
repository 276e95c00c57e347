import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runTimed } from './run-timed.ts';
import { formatQueryRank, measureRanking } from '../../src/tools/search-ranking.ts';
import type { RankingSummary } from '../../src/lib/search/build/query-set.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The query set's ranking over the real content, and the queries whose expected section is not first. */
export interface BenchRanking extends RankingSummary {
  misses: string[];
}

/**
 * Builds content/ (the tutorial, not generated pages: the query set is written for it) into the
 * bench's work folder and ranks every query of test/search-queries.json as the search box does.
 */
export async function benchSearchRanking(work: string, node: string): Promise<BenchRanking> {
  const outDir = join(work, 'out-content');
  const log = join(work, 'build-content.log');
  rmSync(outDir, { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: join(ROOT, 'content'), OUT_DIR: outDir, CACHE_DIR: join(work, 'cache-content'), FORCE_COLOR: '0' };
  const build = await runTimed(node, ['scripts/build.ts'], { cwd: ROOT, env, logFile: log });
  if (build.status !== 0) throw new Error(`The build of content/ failed; see ${log}`);
  const { ranks, summary } = await measureRanking(outDir);
  return { ...summary, misses: ranks.filter((r) => r.rank !== 1).map(formatQueryRank) };
}
