import type { Page } from 'playwright-core';
import { startStaticServer } from '../../src/tools/static-server.ts';
import { launchChromium } from '../../src/tools/chromium.ts';

/** Keystroke-to-result times in a real browser, in milliseconds. */
export interface SearchLatency {
  /** What was measured: the site's own search box. */
  method: string;
  /** First search: loads Pagefind's WebAssembly and the first index chunks. */
  firstSearchMs: number;
  medianMs: number;
  maxMs: number;
  samples: { term: string; ms: number }[];
}

type Win = { benchDone: Promise<number> };

/**
 * Hooks the site's search box (opened with `/`, results in its `role="status"` line and listbox):
 * each keystroke arms a promise that settles on the frame after the status names the term.
 */
async function hookSiteSearch(page: Page): Promise<boolean> {
  if (!(await page.locator('[data-search]').count())) return false;
  await page.keyboard.press('/');
  const input = page.locator('[data-search] input');
  await input.waitFor({ state: 'visible', timeout: 5000 });
  await page.evaluate(() => {
    const root = document.querySelector('[data-search]') as HTMLElement;
    const input = root.querySelector('input') as HTMLInputElement;
    const status = root.querySelector('[role="status"]') as HTMLElement;
    const list = root.querySelector('[role="listbox"]') as HTMLElement;
    const w = window as unknown as Win;
    let pending: { term: string; since: number; settle: (ms: number) => void } | null = null;
    const check = () => {
      if (!pending || !status.textContent?.includes(pending.term) || list.children.length === 0) return;
      const { since, settle } = pending;
      pending = null;
      requestAnimationFrame(() => setTimeout(() => settle(performance.now() - since), 0));
    };
    new MutationObserver(check).observe(status, { childList: true, characterData: true, subtree: true });
    // Capture phase: the keystroke's time is taken before the site's own handler runs.
    input.addEventListener('input', (event) => {
      const term = input.value.trim();
      w.benchDone = new Promise((settle) => (pending = { term: `“${term}”`, since: event.timeStamp, settle }));
    }, { capture: true });
  });
  return true;
}

/**
 * Serves a built site, opens its home page in Chromium and times searches from the last
 * keystroke to the frame after the first result is on screen, through the site's search box.
 */
export async function measureSearchLatency(distDir: string, terms: readonly string[]): Promise<SearchLatency> {
  const server = await startStaticServer({ root: distDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    if (!(await hookSiteSearch(page))) throw new Error(`${distDir}: the home page has no search box ([data-search]) to time.`);
    const input = page.locator('[data-search] input');
    const done = () =>
      Promise.race([
        page.evaluate(() => (window as unknown as Win).benchDone),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no search result on screen within 10 s')), 10_000).unref()),
      ]);
    // The very first search loads Pagefind's WebAssembly and index chunks.
    await input.fill('docker');
    const firstSearchMs = await done();
    const samples: { term: string; ms: number }[] = [];
    for (const term of terms) {
      // The reader has typed all but the last letter and sees those results; time the last key.
      await input.fill(term.slice(0, -1));
      await done();
      await input.press(term.slice(-1));
      samples.push({ term, ms: await done() });
    }
    const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return {
      method: "the site's search box (opened with /): keystroke to the frame after the results list and status show the term",
      firstSearchMs,
      medianMs: sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2,
      maxMs: sorted[sorted.length - 1] ?? 0,
      samples,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
