/** One build of one site, as the bench records it. */
export interface BuildRun {
  run: number;
  /** Wall time of each phase in seconds (the build's own phases, plus `pagefind` when indexed). */
  phases: Record<string, number>;
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

/** Everything the bench measured at one size. */
export interface SizeResult {
  pages: number;
  ours: BuildRun[];
  /** Floor runs by Markdown processor (`satteri`, `unified`). */
  floor: Record<string, BuildRun[]>;
  search?: { method: string; firstSearchMs: number; medianMs: number; maxMs: number; samples: { term: string; ms: number }[] };
  /** Offline bytes (scripts/bench/offline-step.ts). */
  offline?: import('./offline-step.ts').OfflineSummary;
}

/** A results file: the machine, the options, and each size. */
export interface BenchResults {
  date: string;
  machine: { cpus: number; cpu: string; memoryGB: number; node: string; commit: string; loadAverage: number[] };
  options: object;
  sizes: SizeResult[];
  targets?: TargetCheck[];
}

/** Formats rows of cells as an aligned plain-text table. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The build table: one row per run of each site at each size. */
export function buildTable(rows: { pages: number; site: string; run: BuildRun }[]): string {
  return table(
    ['pages', 'site', 'run', 'phases (s)', 'total s', 'pages/s', 'peak MB', 'dist MB', 'pagefind kB', 'load'],
    rows.map(({ pages, site, run }) => [
      String(pages),
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
export function weightTable(rows: { pages: number; run: BuildRun }[]): string {
  const cell = (w: { raw: number; gzip: number }) => `${kb(w.gzip)} (${kb(w.raw)})`;
  return table(
    ['pages', 'run', 'HTML median', 'HTML max', 'CSS median', 'CSS max', 'JS median', 'JS max'],
    rows.flatMap(({ pages, run }) =>
      run.weights
        ? [[String(pages), String(run.run), cell(run.weights.html.median), cell(run.weights.html.max), cell(run.weights.css.median), cell(run.weights.css.max), cell(run.weights.js.median), cell(run.weights.js.max)]]
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

/** Checks the performance issue's targets: time from each size's fastest run, memory from its lowest peak. */
export function checkTargets(input: { ours: Map<number, BuildRun[]>; floor: Map<number, BuildRun[]>; searchMedianMs?: number }): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const fastest = (m: Map<number, BuildRun[]>, n: number) => bestRun(m.get(n) ?? []);
  const lowestPeak = (m: Map<number, BuildRun[]>, n: number) => Math.min(...(m.get(n) ?? []).map((r) => r.peakMemoryMB));
  const o1 = fastest(input.ours, 1000);
  const f1 = fastest(input.floor, 1000);
  const o5 = fastest(input.ours, 5000);
  if (o1 && f1) {
    const t = o1.totalSeconds / f1.totalSeconds;
    checks.push({ target: '1,000 pages: build + index <= 1.2x the bare Astro floor', measured: `${o1.totalSeconds.toFixed(1)} s vs ${f1.totalSeconds.toFixed(1)} s = ${t.toFixed(2)}x`, met: t <= 1.2 });
    const om = lowestPeak(input.ours, 1000);
    const fm = lowestPeak(input.floor, 1000);
    checks.push({ target: '1,000 pages: peak memory <= 1.2x the floor', measured: `${om.toFixed(0)} MB vs ${fm.toFixed(0)} MB = ${(om / fm).toFixed(2)}x`, met: om / fm <= 1.2 });
  }
  if (o1) checks.push({ target: '1,000 pages: at most half of Starlight (71 s) = 35.5 s', measured: `${o1.totalSeconds.toFixed(1)} s`, met: o1.totalSeconds <= 35.5 });
  if (o1 && o5) {
    const g = o5.totalSeconds / o1.totalSeconds;
    checks.push({ target: '5,000 pages: time <= 5.5x the 1,000-page time', measured: `${o5.totalSeconds.toFixed(1)} s = ${g.toFixed(2)}x`, met: g <= 5.5 });
    const peak = lowestPeak(input.ours, 5000);
    checks.push({ target: '5,000 pages: peak memory <= 4 GB', measured: `${(peak / 1024).toFixed(2)} GB`, met: peak <= 4096 });
  }
  const any = o1 ?? o5 ?? [...input.ours.values()][0]?.[0];
  if (any?.weights) {
    const budgets = { js: 5, css: 12, html: 12 } as const;
    for (const kind of ['js', 'css', 'html'] as const) {
      const max = any.weights[kind].max.gzip / 1024;
      checks.push({ target: `per page: ${kind.toUpperCase()} <= ${budgets[kind]} KB gzipped (largest generated page)`, measured: `${max.toFixed(1)} KB`, met: max <= budgets[kind] });
    }
  }
  if (input.searchMedianMs !== undefined) {
    checks.push({ target: 'search: first result < 100 ms after the index loaded (1,000 pages, median of 20)', measured: `${input.searchMedianMs.toFixed(1)} ms`, met: input.searchMedianMs < 100 });
  }
  return checks;
}

/** The tables and the target check for a set of results, as printed at the end of a bench. */
export function formatReport(results: BenchResults): { text: string; targets: TargetCheck[] } {
  const rows = results.sizes.flatMap((size) => [
    ...size.ours.map((run) => ({ pages: size.pages, site: 'ours', run })),
    ...Object.entries(size.floor).flatMap(([processor, runs]) => runs.map((run) => ({ pages: size.pages, site: `floor ${processor}`, run }))),
  ]);
  const order = (site: string) => (site === 'ours' ? '' : site);
  rows.sort((a, b) => a.pages - b.pages || a.run.run - b.run.run || order(a.site).localeCompare(order(b.site)));
  const search = results.sizes.find((s) => s.search)?.search;
  const targets = checkTargets({
    ours: new Map(results.sizes.map((s) => [s.pages, s.ours])),
    floor: new Map(results.sizes.map((s) => [s.pages, s.floor.satteri ?? s.floor.unified ?? []])),
    searchMedianMs: search?.medianMs,
  });
  const m = results.machine;
  const text = [
    `Machine: ${m.cpus} cores, ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}, commit ${m.commit}, ${results.date}`,
    `\nBuilds (phases in seconds; * = indexed by the bench, the build has no Pagefind step; load = 1-min load average at start)\n${buildTable(rows)}`,
    `\nPer page, KB gzipped (raw), our site\n${weightTable(rows.filter((r) => r.site === 'ours'))}`,
    search ? `\nSearch (${search.method}): first search ${search.firstSearchMs.toFixed(0)} ms; then median ${search.medianMs.toFixed(1)} ms, max ${search.maxMs.toFixed(1)} ms over ${search.samples.length} queries` : '',
    `\nTargets (time: fastest run; memory: lowest peak)\n${table(['target', 'measured', 'met'], targets.map((t) => [t.target, t.measured, t.met ? 'yes' : 'NO']))}`,
  ].join('\n');
  return { text, targets };
}
