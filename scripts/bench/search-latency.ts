import { startStaticServer } from '../static-server.ts';
import { launchChromium } from '../../test/helpers/chromium.ts';

/** Keystroke-to-result times in a real browser, in milliseconds. */
export interface SearchLatency {
  /** What was measured (Pagefind's JS API behind a plain input, see docs/PERFORMANCE.md). */
  method: string;
  /** First search: loads pagefind.js, its WebAssembly and the first index chunks. */
  firstSearchMs: number;
  medianMs: number;
  maxMs: number;
  samples: { term: string; ms: number; results: number }[];
}

/**
 * Serves a built site, opens its home page in Chromium and, for each term, types it into an input
 * whose handler calls Pagefind's `search()`, loads the first result's data and renders its title.
 * Times run from the last keystroke's event to the frame after the result is in the page.
 */
export async function measureSearchLatency(distDir: string, terms: readonly string[]): Promise<SearchLatency> {
  const server = await startStaticServer({ root: distDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.evaluate(async (bundle: string) => {
      const pagefind = await import(bundle);
      const box = Object.assign(document.createElement('input'), { id: 'bench-q', type: 'search' });
      const out = document.createElement('output');
      document.body.prepend(box, out);
      const w = window as unknown as { benchDone: Promise<{ ms: number; results: number }> };
      let settle: (v: { ms: number; results: number }) => void = () => {};
      box.addEventListener('input', async (event) => {
        w.benchDone = new Promise((r) => (settle = r));
        const search = await pagefind.search(box.value);
        const first = search.results[0] ? await search.results[0].data() : null;
        out.textContent = first ? first.meta.title : 'No results';
        // The result counts as shown once the browser has painted the next frame.
        requestAnimationFrame(() => setTimeout(() => settle({ ms: performance.now() - event.timeStamp, results: search.results.length }), 0));
      });
    }, `${server.url}pagefind/pagefind.js`);
    const type = async (term: string) => {
      await page.fill('#bench-q', term.slice(0, -1));
      await page.evaluate(() => (window as unknown as { benchDone: Promise<unknown> }).benchDone);
      await page.press('#bench-q', term.slice(-1));
      return page.evaluate(() => (window as unknown as { benchDone: Promise<{ ms: number; results: number }> }).benchDone);
    };
    // The very first search loads pagefind.js, its WebAssembly and index chunks.
    await page.fill('#bench-q', 'docker');
    const first = await page.evaluate(() => (window as unknown as { benchDone: Promise<{ ms: number }> }).benchDone);
    const samples = [];
    for (const term of terms) samples.push({ term, ...(await type(term)) });
    const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
    const mid = sorted.length / 2;
    return {
      method: 'Pagefind JS API (search + first result data) behind a plain input, no debounce',
      firstSearchMs: first.ms,
      medianMs: sorted.length % 2 ? (sorted[Math.floor(mid)] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2,
      maxMs: sorted[sorted.length - 1] ?? 0,
      samples,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
