import { formatRankingSummary, type RankingSummary } from '../../src/lib/search/build/query-set.ts';
import type { DevRun } from './dev-step.ts';
/** One build of one site, as the bench records it. */
export interface BuildRun {
  run: number;
  /** Wall time of each phase in seconds (the build's own phases, plus `pagefind` when indexed). */
  phases: Record<string, number>;
  /** Processor seconds of the build process in each of its own phases (absent for other tools and older results). */
  phaseCpu?: Record<string, number>;
  totalSeconds: number;
  pagesPerSecond: number;
  peakMemoryMB: number;
  distMB: number;
  pagefind: { kB: number; files: number; by: 'build' | 'bench' | 'absent' };
  /** Gzipped and raw bytes per page: median and largest. */
  weights?: Record<'html' | 'css' | 'js', { median: { raw: number; gzip: number }; max: { raw: number; gzip: number; url: string } }>;
  /** 1-minute load average when the run started (2 cores: above 2 means others were busy too). */
  loadAverage: number;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Everything the bench measured at one size of one content shape. */
export interface SizeResult {
  pages: number;
  /** The generator: `regular` (generate-content.ts; absent in older results) or `deep` (generate-content-deep.ts). */
  shape?: string;
  ours: BuildRun[];
  /** Floor runs by Markdown processor (`satteri`, `unified`). */
  floor: Record<string, BuildRun[]>;
  /** Rebuilds after a one-page edit, keeping the previous build's cache (absent in older results). */
  oursWarm?: BuildRun[];
  floorWarm?: Record<string, BuildRun[]>;
  /** Starlight 0.42 with its defaults on the same pages, clean and after the edit. */
  starlight?: BuildRun[];
  starlightWarm?: BuildRun[];
  search?: { method: string; firstSearchMs: number; medianMs: number; maxMs: number; samples: { term: string; ms: number }[] };
  /** Offline bytes (scripts/bench/offline-step.ts). */
  offline?: import('./offline-step.ts').OfflineSummary;
  /** `astro dev`: start to first page, cold and warm, and edit to visible (scripts/bench/dev-step.ts). */
  dev?: DevRun[];
}

/** A results file: the machine, the options, and each size. */
export interface BenchResults {
  date: string;
  machine: { cpus: number; cpu: string; memoryGB: number; node: string; commit: string; loadAverage: number[] };
  options: object;
  sizes: SizeResult[];
  targets?: TargetCheck[];
  /** The query set over content/, ranked as the search box ranks (`search-ranking-step.ts`). */
  ranking?: RankingSummary & { misses: string[] };
}

/** Formats rows of cells as an aligned plain-text table. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** "1000", or "1000 deep" for a shape other than the regular one. */
export function sizeLabel(size: { pages: number; shape?: string }): string {
  return size.shape && size.shape !== 'regular' ? `${size.pages} ${size.shape}` : String(size.pages);
}

/** The build table: one row per run of each site at each size. */
export function buildTable(rows: { pages: number; label?: string; site: string; run: BuildRun }[]): string {
  return table(
    ['pages', 'site', 'run', 'phases (s)', 'total s', 'pages/s', 'peak MB', 'dist MB', 'pagefind kB', 'load'],
    rows.map(({ pages, label, site, run }) => [
      label ?? String(pages),
      site,
      String(run.run),
      Object.entries(run.phases).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '),
      run.totalSeconds.toFixed(1),
      run.pagesPerSecond.toFixed(1),
      run.peakMemoryMB.toFixed(0),
      run.distMB.toFixed(1),
      run.pagefind.by === 'absent' ? 'absent' : `${run.pagefind.kB.toFixed(0)}${run.pagefind.by === 'bench' ? '*' : ''}`,
      run.loadAverage.toFixed(1),
    ]),
  );
}

/** The page-weight table: median and largest per page, gzipped (raw). */
export function weightTable(rows: { pages: number; label?: string; run: BuildRun }[]): string {
  const cell = (w: { raw: number; gzip: number }) => `${kb(w.gzip)} (${kb(w.raw)})`;
  return table(
    ['pages', 'run', 'HTML median', 'HTML max', 'CSS median', 'CSS max', 'JS median', 'JS max'],
    rows.flatMap(({ pages, label, run }) =>
      run.weights
        ? [[label ?? String(pages), String(run.run), cell(run.weights.html.median), cell(run.weights.html.max), cell(run.weights.css.median), cell(run.weights.css.max), cell(run.weights.js.median), cell(run.weights.js.max)]]
        : [],
    ),
  );
}

/** The fastest of several runs (the one least disturbed by other work on the machine). */
export function bestRun(runs: readonly BuildRun[]): BuildRun | undefined {
  return [...runs].sort((a, b) => a.totalSeconds - b.totalSeconds)[0];
}

/** A target, the measured value, and whether it is met. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

/** The runs of every site at one size, as the targets and the ratio table compare them. */
export interface SizeRuns {
  /** Where the floor was not built at this size: the size its time was scaled from (by pages). */
  floorScaledFrom?: number;
  ours: BuildRun[];
  oursWarm: BuildRun[];
  floor: BuildRun[];
  floorWarm: BuildRun[];
  starlight: BuildRun[];
  starlightWarm: BuildRun[];
}

/** Seconds of the fastest run, or undefined without runs. */
const fastestSeconds = (runs: readonly BuildRun[]) => bestRun(runs)?.totalSeconds;
/** Lowest peak memory of several runs (MB), or undefined without runs. */
const lowestPeak = (runs: readonly BuildRun[]) => (runs.length ? Math.min(...runs.map((r) => r.peakMemoryMB)) : undefined);
const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);

/**
 * ours/floor and ours/Starlight for cold time, warm rebuild time and peak memory. A floor scaled
 * from a smaller size (`floorScaledFrom`) is marked `~`; its peak is not compared.
 */
export function ratioTable(bySize: Map<string, SizeRuns>): string {
  const x = (r: number | undefined) => (r === undefined ? '' : `${r.toFixed(2)}x`);
  const rows = [...bySize].map(([label, s]) => {
    const cold = fastestSeconds(s.ours);
    const warm = fastestSeconds(s.oursWarm);
    const peak = lowestPeak(s.ours);
    const scaled = s.floorScaledFrom === undefined ? '' : ` ~(floor scaled from ${s.floorScaledFrom})`;
    return [
      label,
      `${x(ratio(cold, fastestSeconds(s.floor)))}${scaled}`,
      x(ratio(cold, fastestSeconds(s.starlight))),
      x(ratio(warm, fastestSeconds(s.floorWarm))),
      x(ratio(warm, fastestSeconds(s.starlightWarm))),
      x(ratio(warm, fastestSeconds(s.floor))),
      s.floorScaledFrom === undefined ? x(ratio(peak, lowestPeak(s.floor))) : '',
      x(ratio(peak, lowestPeak(s.starlight))),
    ];
  });
  return table(['pages', 'cold/floor', 'cold/Starlight', 'warm/floor warm', 'warm/Starlight warm', 'warm/floor cold', 'peak/floor', 'peak/Starlight'], rows);
}

/**
 * Each phase of our fastest clean run in milliseconds per page, and each phase's per-page cost
 * against the next smaller size of the same shape (`x1.00` = grows exactly with the pages; a
 * phase well above 1 grows faster than the site). Where the build reported it, the phase's
 * processor time per page follows in brackets: on a busy machine wall time grows with the load.
 */
export function perPageTable(sizes: readonly SizeResult[]): string {
  const rows: string[][] = [];
  const shapes = [...new Set(sizes.map((s) => s.shape ?? 'regular'))];
  for (const shape of shapes) {
    const ofShape = sizes.filter((s) => (s.shape ?? 'regular') === shape).sort((a, b) => a.pages - b.pages);
    let previous: { pages: number; run: BuildRun } | undefined;
    for (const size of ofShape) {
      const run = bestRun(size.ours);
      if (!run) continue;
      const per = (seconds: number | undefined, pages: number) => (seconds === undefined ? undefined : (seconds * 1000) / pages);
      const growth = (now: number, before: number | undefined) => (before ? `${now.toFixed(1)} x${(now / before).toFixed(2)}` : now.toFixed(1));
      const cell = (name: string | null) => {
        const now = per(name === null ? run.totalSeconds : run.phases[name], size.pages);
        if (now === undefined) return '';
        const before = previous && per(name === null ? previous.run.totalSeconds : previous.run.phases[name], previous.pages);
        const cpu = name === null ? undefined : per(run.phaseCpu?.[name], size.pages);
        const cpuBefore = name === null || !previous ? undefined : per(previous.run.phaseCpu?.[name], previous.pages);
        return cpu === undefined ? growth(now, before) : `${growth(now, before)} (cpu ${growth(cpu, cpuBefore)})`;
      };
      rows.push([sizeLabel(size), ...Object.keys(run.phases).map((name) => `${name} ${cell(name)}`), `total ${cell(null)}`]);
      previous = { pages: size.pages, run };
    }
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  return table(['pages', ...Array.from({ length: width - 1 }, (_, i) => (i === width - 2 ? 'whole build' : `phase ${i + 1}`))], rows.map((r) => [...r.slice(0, -1), ...Array(width - r.length).fill(''), r.at(-1)!]));
}

/** Checks the performance targets: time from each site's fastest run, memory from its lowest peak. */
export function checkTargets(input: { sizes: Map<number, SizeRuns>; searchMedianMs?: number; weights?: BuildRun['weights']; shape?: string }): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const s1 = input.sizes.get(1000);
  const s5 = input.sizes.get(5000);
  const s10 = input.sizes.get(10000);
  const of = input.shape && input.shape !== 'regular' ? ` (${input.shape} shape)` : '';
  const vs = (target: string, a: number | undefined, b: number | undefined, limit: number, unit: string) => {
    const r = ratio(a, b);
    if (r === undefined || a === undefined || b === undefined) return;
    const f = (v: number) => (unit === 's' ? `${v.toFixed(1)} s` : `${v.toFixed(0)} MB`);
    checks.push({ target: `${target}${of}`, measured: `${f(a)} vs ${f(b)} = ${r.toFixed(2)}x`, met: r <= limit });
  };
  if (s1) {
    vs('1,000 pages: cold build + index <= 0.9x the bare Astro floor', fastestSeconds(s1.ours), fastestSeconds(s1.floor), 0.9, 's');
    vs('1,000 pages: cold build + index <= 0.5x Starlight', fastestSeconds(s1.ours), fastestSeconds(s1.starlight), 0.5, 's');
    vs("1,000 pages: one-page-edit rebuild <= 0.4x the floor's cold build", fastestSeconds(s1.oursWarm), fastestSeconds(s1.floor), 0.4, 's');
    vs('1,000 pages: peak memory <= 1.1x the floor', lowestPeak(s1.ours), lowestPeak(s1.floor), 1.1, 'MB');
  }
  if (s5) {
    vs('5,000 pages: cold build + index <= 0.9x the bare Astro floor', fastestSeconds(s5.ours), fastestSeconds(s5.floor), 0.9, 's');
    vs("5,000 pages: one-page-edit rebuild <= 0.3x the floor's cold build", fastestSeconds(s5.oursWarm), fastestSeconds(s5.floor), 0.3, 's');
    vs('5,000 pages: peak memory <= 1.0x the floor', lowestPeak(s5.ours), lowestPeak(s5.floor), 1.0, 'MB');
  }
  if (s1 && s5) vs('5,000 pages: time <= 5x the 1,000-page time', fastestSeconds(s5.ours), fastestSeconds(s1.ours), 5, 's');
  if (s5 && s10) vs('10,000 pages: time <= 2.2x the 5,000-page time', fastestSeconds(s10.ours), fastestSeconds(s5.ours), 2.2, 's');
  if (input.weights) {
    const budgets = { js: 5, css: 12, html: 12 } as const;
    for (const kind of ['js', 'css', 'html'] as const) {
      const max = input.weights[kind].max.gzip / 1024;
      checks.push({ target: `per page: ${kind.toUpperCase()} <= ${budgets[kind]} KB gzipped (largest generated page)`, measured: `${max.toFixed(1)} KB`, met: max <= budgets[kind] });
    }
  }
  if (input.searchMedianMs !== undefined) {
    checks.push({ target: 'search: first result < 100 ms after the index loaded (1,000 pages, median of 20)', measured: `${input.searchMedianMs.toFixed(1)} ms`, met: input.searchMedianMs < 100 });
  }
  return checks;
}

/** The dev-server table: one row per run of each site's `astro dev`, and ours against the floor's. */
export function devTable(sizes: readonly SizeResult[]): string {
  const rows: string[][] = [];
  for (const size of sizes) {
    const runs = size.dev ?? [];
    for (const r of runs) {
      rows.push([sizeLabel(size), r.site, String(r.run), `${r.coldSeconds.toFixed(1)} (${r.coldCpuSeconds.toFixed(1)})`, `${r.warmSeconds.toFixed(1)} (${r.warmCpuSeconds.toFixed(1)})`, r.editMedianSeconds.toFixed(2), r.editSeconds.map((e) => e.toFixed(2)).join(' '), `${r.load.cold.toFixed(1)}/${r.load.warm.toFixed(1)}/${r.load.edit.toFixed(1)}`]);
    }
    const best = (site: DevRun['site'], pick: (r: DevRun) => number) => {
      const of = runs.filter((r) => r.site === site).map(pick);
      return of.length ? Math.min(...of) : undefined;
    };
    const x = (pick: (r: DevRun) => number) => {
      const r = ratio(best('ours', pick), best('floor', pick));
      return r === undefined ? '' : `${r.toFixed(2)}x`;
    };
    if (runs.some((r) => r.site === 'floor')) rows.push([sizeLabel(size), 'ours/floor', 'best', x((r) => r.coldSeconds), x((r) => r.warmSeconds), x((r) => r.editMedianSeconds), '', '']);
  }
  return table(['pages', 'site', 'run', 'cold s (cpu)', 'warm s (cpu)', 'edit median s', 'each edit s', 'load cold/warm/edit'], rows);
}

/** The dev-server targets at 1,000 pages (each shape): the best run's warm start and edit median. */
export function devTargets(sizes: readonly SizeResult[]): TargetCheck[] {
  return sizes.flatMap((size) => {
    const ours = (size.dev ?? []).filter((r) => r.site === 'ours');
    if (size.pages !== 1000 || ours.length === 0) return [];
    const of = size.shape && size.shape !== 'regular' ? ` (${size.shape} shape)` : '';
    const warm = Math.min(...ours.map((r) => r.warmSeconds));
    const edit = Math.min(...ours.map((r) => r.editMedianSeconds));
    return [
      { target: `1,000 pages: astro dev warm start to first page <= 5 s${of}`, measured: `${warm.toFixed(1)} s`, met: warm <= 5 },
      { target: `1,000 pages: astro dev edit visible <= 1 s (median)${of}`, measured: `${edit.toFixed(2)} s`, met: edit <= 1 },
    ];
  });
}

/** The tables and the target check for a set of results, as printed at the end of a bench. */
/**
 * Each size's runs, by shape. A size whose floor was not built takes the floor of the largest
 * smaller size of its shape, its times scaled by the ratio of pages (said in the ratio table).
 */
export function sizeRunsByShape(sizes: readonly SizeResult[]): Map<string, Map<number, SizeRuns>> {
  const byShape = new Map<string, Map<number, SizeRuns>>();
  for (const s of [...sizes].sort((a, b) => a.pages - b.pages)) {
    const shape = s.shape ?? 'regular';
    const runs = byShape.get(shape) ?? new Map<number, SizeRuns>();
    byShape.set(shape, runs);
    let floor = s.floor.satteri ?? s.floor.unified ?? [];
    let floorScaledFrom: number | undefined;
    if (floor.length === 0) {
      const from = [...runs].reverse().find(([, r]) => r.floor.length > 0 && r.floorScaledFrom === undefined);
      if (from) {
        floorScaledFrom = from[0];
        const k = s.pages / from[0];
        floor = from[1].floor.map((r) => ({ ...r, totalSeconds: r.totalSeconds * k, phases: Object.fromEntries(Object.entries(r.phases).map(([n, v]) => [n, v * k])) }));
      }
    }
    runs.set(s.pages, {
      floorScaledFrom,
      ours: s.ours,
      oursWarm: s.oursWarm ?? [],
      floor,
      floorWarm: s.floorWarm?.satteri ?? s.floorWarm?.unified ?? [],
      starlight: s.starlight ?? [],
      starlightWarm: s.starlightWarm ?? [],
    });
  }
  return byShape;
}

export function formatReport(results: BenchResults): { text: string; targets: TargetCheck[] } {
  const rows = results.sizes.flatMap((size) => {
    const at = { pages: size.pages, label: sizeLabel(size), shape: size.shape ?? 'regular' };
    return [
      ...size.ours.map((run) => ({ ...at, site: 'ours', run })),
      ...(size.oursWarm ?? []).map((run) => ({ ...at, site: 'ours warm', run })),
      ...Object.entries(size.floor).flatMap(([processor, runs]) => runs.map((run) => ({ ...at, site: `floor ${processor}`, run }))),
      ...Object.entries(size.floorWarm ?? {}).flatMap(([processor, runs]) => runs.map((run) => ({ ...at, site: `floor ${processor} warm`, run }))),
      ...(size.starlight ?? []).map((run) => ({ ...at, site: 'starlight', run })),
      ...(size.starlightWarm ?? []).map((run) => ({ ...at, site: 'starlight warm', run })),
    ];
  });
  const order = (site: string) => (site === 'ours' ? '' : site === 'ours warm' ? ' ' : site);
  rows.sort((a, b) => a.shape.localeCompare(b.shape) || a.pages - b.pages || a.run.run - b.run.run || order(a.site).localeCompare(order(b.site)));
  const search = results.sizes.find((s) => s.search)?.search;
  const byShape = sizeRunsByShape(results.sizes);
  const labelled = new Map([...byShape].flatMap(([shape, runs]) => [...runs].map(([pages, r]): [string, SizeRuns] => [sizeLabel({ pages, shape }), r])));
  const regular = results.sizes.filter((s) => (s.shape ?? 'regular') === 'regular');
  const weighed = regular.find((s) => s.pages === 1000) ?? regular.find((s) => s.pages === 5000) ?? results.sizes[0];
  const targets = [
    ...[...byShape].flatMap(([shape, sizes]) =>
      shape === 'regular' ? checkTargets({ sizes, searchMedianMs: search?.medianMs, weights: weighed?.ours.find((r) => r.weights)?.weights }) : checkTargets({ sizes, shape }),
    ),
    ...devTargets(results.sizes),
  ];
  const withDev = results.sizes.filter((s) => s.dev?.length);
  const m = results.machine;
  const text = [
    `Machine: ${m.cpus} cores, ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}, commit ${m.commit}, ${results.date}`,
    `\nBuilds (phases in seconds; * = indexed by the bench, the build has no Pagefind step; load = 1-min load average at start)\n${buildTable(rows)}`,
    `\nPer page, KB gzipped (raw), our site\n${weightTable(rows.filter((r) => r.site === 'ours'))}`,
    `\nPer page (our fastest clean run, ms per page; xN = against the next smaller size of the shape: above 1, the phase grows faster than the pages)\n${perPageTable(results.sizes)}`,
    `\nRatios (time: fastest run; memory: lowest peak of the clean builds; warm = rebuild after a one-page edit)\n${ratioTable(labelled)}`,
    withDev.length ? `\nastro dev (seconds from spawning it to the home page's first 200, with no caches and then with the caches kept, and the server's processor seconds to then; edit = from writing one page's file to the first response of its URL that shows the new sentence)\n${devTable(withDev)}` : '',
    search ? `\nSearch (${search.method}): first search ${search.firstSearchMs.toFixed(0)} ms; then median ${search.medianMs.toFixed(1)} ms, max ${search.maxMs.toFixed(1)} ms over ${search.samples.length} queries` : '',
    results.ranking ? `\nSearch ranking over content/ (test/search-queries.json, as the search box ranks): ${formatRankingSummary(results.ranking)}${results.ranking.misses.map((m) => `\n${m}`).join('')}` : '',
    `\nTargets (time: fastest run; memory: lowest peak)\n${table(['target', 'measured', 'met'], targets.map((t) => [t.target, t.measured, t.met ? 'yes' : 'NO']))}`,
  ].join('\n');
  return { text, targets };
}
