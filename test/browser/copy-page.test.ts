import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/tools/chromium.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/static-server.ts';
import { sharedBuild, ROOT } from '../helpers/build-site.ts';
import { TODAYS_CHROMIUM, eachBrowser } from '../helpers/browsers.ts';

eachBrowser(TODAYS_CHROMIUM, (build) => {
  let browser: Browser;
  let server: RunningServer;
  let outDir: string;

  before(async () => {
    const site = sharedBuild('test/fixtures/site-markdown', { BASE: '/docs/', SITE: 'https://example.com' });
    assert.equal(site.status, 0, site.output);
    outDir = site.outDir;
    server = await startStaticServer({ root: site.outDir, base: '/docs/' });
    browser = await launchChromium(build.path);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const expected = readFileSync(join(ROOT, 'test/expected/site-markdown/tour-build.md'), 'utf8');

  test('"Copy page" puts the Markdown copy on the clipboard, says so in a status line, and loads its code only then', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(`${server.url}tour/build/`);
      await page.waitForLoadState('networkidle');
      // The "Ready offline" line loads its code once the worker is active, which can come after
      // the network goes idle: wait for it, so only the click's own script counts below.
      await page.locator('[data-offline-ready]').filter({ hasText: 'Ready offline' }).waitFor();
      const loadedAtFirst = [...scripts];
      const button = page.getByRole('button', { name: 'Copy page' });
      await button.click();
      const status = page.getByRole('status').filter({ hasText: 'Page copied as Markdown' });
      await status.waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
      const loadedOnClick = scripts.filter((s) => !loadedAtFirst.includes(s));
      assert.equal(loadedOnClick.length, 1, `one script loads on the first click: ${loadedOnClick.join(', ')}`);
      assert.match(loadedOnClick[0] ?? '', /^\/docs\/_astro\/copy-page\.[\w-]+\.js$/);
      assert.ok(!loadedAtFirst.some((s) => /copy-page\.[\w-]+\.js$/.test(s)), 'the copy code is not loaded with the page');

      // The keyboard works too, on a page of another kind (a series index with its listing).
      await page.goto(`${server.url}tour/`);
      await page.evaluate(() => navigator.clipboard.writeText('something else'));
      await page.getByRole('button', { name: 'Copy page' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Page copied as Markdown' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), readFileSync(join(outDir, 'tour/index.md'), 'utf8'));
    } finally {
      await context.close();
    }
  });

  test('"View as Markdown" opens the copy, served as text/markdown under the base path', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}tour/build/`);
      const link = page.getByRole('link', { name: 'View as Markdown' });
      assert.equal(await link.getAttribute('href'), '/docs/tour/build/index.md');
      const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/docs/tour/build/index.md')), link.click()]);
      assert.match(response.headers()['content-type'] ?? '', /^text\/markdown/);
      assert.equal(await response.text(), expected);
    } finally {
      await context.close();
    }
  });

  test('offline, a page from the cache still copies its Markdown; a failure is said in the status line', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}tour/build/`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
      await context.setOffline(true);
      await page.goto(`${server.url}tour/run/`);
      await page.getByRole('button', { name: 'Copy page' }).click();
      await page.getByRole('status').filter({ hasText: 'Page copied as Markdown' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), readFileSync(join(outDir, 'tour/run/index.md'), 'utf8'));

      // A copy the cache does not hold: the reader is told, and pointed at the link.
      await page.evaluate(() => {
        const button = document.querySelector<HTMLButtonElement>('button[data-copy-page]');
        if (button) button.dataset.copyPage = '/docs/not-saved/index.md';
      });
      await page.getByRole('button', { name: 'Copy page' }).click();
      await page.getByRole('status').filter({ hasText: /^Could not copy: the Markdown copy could not be loaded/ }).waitFor();
    } finally {
      await context.close();
    }
  });
});
