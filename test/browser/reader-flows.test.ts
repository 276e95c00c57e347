import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { ROOT, sharedBuild } from '../helpers/build-site.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/static-server.ts';
import { STRICT_CSP } from '../../scripts/serve.ts';
import { eachBrowser, READER_BROWSERS, type InstalledBuild } from '../helpers/browsers.ts';
import { follow, heading, launchReader, traverse } from '../helpers/reader-browser.ts';

// What a reader does online, on every engine: read and move through the series, switch the
// theme, search with the keyboard, copy a page and a code block. Served with the strict CSP.
const dockerfile = /```dockerfile[^\n]*\n([\s\S]*?)\n```/.exec(readFileSync(join(ROOT, 'content/get-started/containers.mdx'), 'utf8'))?.[1] ?? '';

/** A context whose pages may read the clipboard back (Chromium asks for permission; Firefox has a test pref). */
async function clipboardContext(browser: Browser, build: InstalledBuild, origin: string): Promise<BrowserContext> {
  const context = await browser.createBrowserContext();
  if (build.engine === 'chromium') await context.overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  return context;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

eachBrowser(READER_BROWSERS, (build) => {
  let browser: Browser;
  let real: RunningServer;
  let markdown: RunningServer;
  before(async () => {
    const site = sharedBuild('content');
    assert.equal(site.status, 0, site.output);
    const copies = sharedBuild('test/fixtures/site-markdown', { BASE: '/docs/', SITE: 'https://example.com' });
    assert.equal(copies.status, 0, copies.output);
    real = await startStaticServer({ root: site.outDir, csp: STRICT_CSP });
    markdown = await startStaticServer({ root: copies.outDir, base: '/docs/' });
    browser = await launchReader(build);
  });
  after(async () => {
    await browser?.close();
    await real?.close();
    await markdown?.close();
  });

  test('reading: Next, "On this page", Level up and Back lead where they say; the dark theme holds after a reload', async () => {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${real.url}get-started/containers/`);
      await follow(page, 'nav[aria-label="Previous and next part"] a[rel="next"]');
      assert.equal(await heading(page), 'Services');

      const tocLink = await page.$eval('.toc a', (a) => a.getAttribute('href') ?? '');
      await page.click('.toc a');
      await page.waitForFunction((h) => location.hash === h, {}, tocLink.slice(tocLink.indexOf('#')));

      await page.waitForSelector('button.theme-switch', { visible: true });
      await page.click('button.theme-switch');
      assert.equal(await page.$eval('html', (h) => h.dataset.theme), 'dark');
      await page.reload();
      assert.equal(await page.$eval('html', (h) => h.dataset.theme), 'dark', 'the choice holds after a reload');
      assert.equal(await page.$eval('button.theme-switch', (b) => b.getAttribute('aria-pressed')), 'true');
      await follow(page, '.level-up a[rel="up"]');
      assert.equal(await page.evaluate(() => location.pathname), '/get-started/');
      await traverse(page, 'back', 'Services');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('search: Control+K opens it, arrows choose a result, Enter opens that section', async () => {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.goto(`${real.url}get-started/`);
      await page.keyboard.down('Control');
      await page.keyboard.press('k');
      await page.keyboard.up('Control');
      await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox', { timeout: 20_000 });
      await page.keyboard.type('swarm');
      await page.waitForFunction(() => (document.querySelector('.search-status')?.textContent ?? '').includes('“swarm”'), { timeout: 20_000 });
      await page.waitForSelector('#search-results [role="option"]');
      await page.keyboard.press('ArrowDown');
      const chosen = await page.$eval('#search-results [aria-selected="true"] a', (a) => a.getAttribute('href') ?? '');
      assert.match(chosen, /^\/get-started\/[a-z-]+\/(?:#[a-z0-9-]+)?$/, 'a result leads to a part or one of its sections');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.equal(await page.evaluate(() => location.pathname + location.hash), chosen);
    } finally {
      await context.close();
    }
  });

  test('copy: "Copy page" puts the Markdown copy on the clipboard; Copy on a Dockerfile copies the Dockerfile', async () => {
    const context = await clipboardContext(browser, build, new URL(markdown.url).origin);
    try {
      const page = await context.newPage();
      await page.goto(`${markdown.url}tour/build/`);
      await page.waitForSelector('button[data-copy-page]', { visible: true });
      await page.click('button[data-copy-page]');
      await page.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent?.includes('Page copied as Markdown')), { timeout: 20_000 });
      assert.equal(await clipboard(page), readFileSync(join(ROOT, 'test/expected/site-markdown/tour-build.md'), 'utf8'));
    } finally {
      await context.close();
    }
    const realContext = await clipboardContext(browser, build, new URL(real.url).origin);
    try {
      const page = await realContext.newPage();
      await page.goto(`${real.url}get-started/containers/`);
      await page.click('button[aria-label="Copy Dockerfile"]');
      await page.waitForFunction(() => [...document.querySelectorAll('figure.code-block [role="status"]')].some((s) => s.textContent === 'Copied'));
      assert.equal(await clipboard(page), dockerfile);
    } finally {
      await realContext.close();
    }
  });
});
