import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/tools/chromium.ts';
import { sharedBuild, htmlFiles } from './build-site.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/static-server.ts';
import { STRICT_CSP } from '../../scripts/serve.ts';

/** A built site behind the local static server, with one browser for a test file. */
export interface SiteSession {
  browser: Browser;
  server: RunningServer;
  /** Page URLs (absolute, under the base) of every built page but the 404. */
  pages: string[];
  close(): Promise<void>;
}

/** Builds the real content for `base`, serves it (optionally under the strict CSP) and opens the given Chromium. */
export async function openSite(name: string, options: { base?: string; csp?: boolean; chromium?: string } = {}): Promise<SiteSession> {
  const site = sharedBuild('content', options.base ? { BASE: options.base } : {});
  assert.equal(site.status, 0, site.output);
  const server = await startStaticServer({ root: site.outDir, base: options.base, csp: options.csp ? STRICT_CSP : undefined });
  const browser = await launchChromium(options.chromium);
  const pages = htmlFiles(site.outDir)
    .filter((f) => f.endsWith('index.html'))
    .map((f) => server.url + f.replace(/index\.html$/, ''));
  return {
    browser,
    server,
    pages,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Records console errors, page errors, failed requests and requests to any other origin. */
export function watchPage(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`outside request: ${url}`);
  });
  return problems;
}

/** How many pages a suite keeps open at once, so one page's wait for the network to go quiet overlaps another's work. */
export const PAGES_AT_ONCE = 4;

/** `work` on every item, at most `limit` at a time; the results in the items' order. */
export async function mapAtMost<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
