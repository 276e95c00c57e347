import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/tools/chromium.ts';
import { axeViolations } from '../helpers/axe-violations.ts';
import { TODAYS_CHROMIUM, eachBrowser } from '../helpers/browsers.ts';

// every-page.test.ts holds every built page to these rules; this file shows what the rules catch.
eachBrowser(TODAYS_CHROMIUM, (build) => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium(build.path);
  });
  after(async () => browser?.close());

  const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`;

  test('the axe run reports best-practice problems that WCAG alone lets pass', async () => {
    const tab = await browser.newPage();
    // A heading level skipped, text outside any landmark, two navigation landmarks with one name.
    await tab.setContent(page('<p>Loose text</p><nav aria-label="Pages"><a href="#a">A</a></nav><nav aria-label="Pages"><a href="#b">B</a></nav><main><h1>Title</h1><h3>Skipped a level</h3></main>'));
    const rules = new Set((await axeViolations(tab)).map((line) => line.split(' ')[0]));
    for (const rule of ['heading-order', 'region', 'landmark-unique']) assert.ok(rules.has(rule), `${rule} in ${[...rules].join(', ')}`);
    await tab.close();
  });

  test('the axe run passes a page that keeps to them', async () => {
    const tab = await browser.newPage();
    await tab.setContent(page('<header><p>Site</p></header><nav aria-label="Pages"><p>Read <a href="#a">the first page</a> next.</p></nav><main id="main"><h1>Title</h1><h2>Next level</h2><p>Text.</p></main><footer><p>Foot</p></footer>'));
    assert.deepEqual(await axeViolations(tab), []);
    await tab.close();
  });
});
