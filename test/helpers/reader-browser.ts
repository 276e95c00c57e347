import assert from 'node:assert/strict';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../src/tools/chromium.ts';
import type { InstalledBuild } from './browsers.ts';

/** A laptop's window, where the side navigation and "On this page" show beside the article. */
const DESKTOP = { width: 1280, height: 900 };

/**
 * Launches a browser through Puppeteer: Chromium over the DevTools protocol, Firefox over
 * WebDriver BiDi, so the same reader flows run on both engines.
 */
export async function launchReader(build: InstalledBuild): Promise<Browser> {
  if (build.engine === 'firefox') {
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: build.path,
      headless: true,
      defaultViewport: DESKTOP,
      // No update, telemetry or captive-portal checks on this closed network.
      // Reading the clipboard back without a paste prompt is a testing pref in Firefox.
      extraPrefsFirefox: { 'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false, 'app.update.enabled': false, 'dom.events.testing.asyncClipboard': true },
    });
  }
  return puppeteer.launch({ browser: 'chrome', executablePath: build.path, headless: true, defaultViewport: DESKTOP, args: CHROMIUM_ARGS.filter((a) => a !== '--headless') });
}

/** The `<h1>` text of the page shown now. */
export async function heading(page: Page): Promise<string> {
  return page.$eval('h1', (h) => h.textContent?.trim() ?? '');
}

/** Waits until a service worker controls the page and the whole precache is in place (the worker is active). */
export async function untilControlled(page: Page): Promise<void> {
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null, { timeout: 30_000 });
}

/** Clicks what `selector` finds and waits for the navigation it starts. */
export async function follow(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ timeout: 15_000 }), page.click(selector)]);
}

/** The fragment of the page shown now (read in the page: Firefox's BiDi URL lags a history step). */
export const hashOf = (page: Page) => page.evaluate(() => location.hash);

/** The browser's Back or Forward, as the reader's button does it; waits for the page with that heading. */
export async function traverse(page: Page, way: 'back' | 'forward', expected: string): Promise<void> {
  // Puppeteer's goBack() waits for a load event that Firefox does not send over BiDi for a history step.
  // The step is queued, not taken inside evaluate: a navigation that starts before evaluate answers
  // destroys its context and fails the call.
  await page.evaluate((w) => void setTimeout(() => (w === 'back' ? history.back() : history.forward()), 0), way);
  await page.waitForFunction((h) => document.querySelector('h1')?.textContent?.trim() === h, { timeout: 15_000 }, expected).catch(async () => {
    assert.fail(`${way}: expected the page "${expected}", found "${await heading(page)}" at ${await page.evaluate(() => location.href)}`);
  });
}
