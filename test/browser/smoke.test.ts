import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/tools/chromium.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/static-server.ts';
import { sharedBuild } from '../helpers/build-site.ts';
import { TODAYS_CHROMIUM, eachBrowser } from '../helpers/browsers.ts';

eachBrowser(TODAYS_CHROMIUM, (build) => {
  let browser: Browser;
  let server: RunningServer;

  before(async () => {
    const site = sharedBuild('content');
    assert.equal(site.status, 0, site.output);
    server = await startStaticServer({ root: site.outDir });
    browser = await launchChromium(build.path);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a reader opens the Containers page and sees its Dockerfile', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}get-started/containers/`);
    assert.equal(response?.status(), 200);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Containers');
    assert.match((await page.locator('pre[data-language="dockerfile"]').first().textContent()) ?? '', /CMD \["python", "app.py"\]/);
    await page.close();
  });

  test('an unknown URL answers 404 with a way home', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}no-such-page/`);
    assert.equal(response?.status(), 404);
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.waitForURL(server.url);
    await page.close();
  });
});
