import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/tools/chromium.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/static-server.ts';
import { STRICT_CSP } from '../../scripts/serve.ts';
import { sharedBuild, htmlFiles } from '../helpers/build-site.ts';
import { TODAYS_CHROMIUM, eachBrowser } from '../helpers/browsers.ts';

eachBrowser(TODAYS_CHROMIUM, (build) => {
  let browser: Browser;
  let server: RunningServer;
  let pages: string[];

  before(async () => {
    const site = sharedBuild('content');
    assert.equal(site.status, 0, site.output);
    pages = htmlFiles(site.outDir).filter((f) => f !== '404.html').map((f) => f.replace(/index\.html$/, ''));
    // Served with the real CSP, so a script the policy blocks fails these tests.
    server = await startStaticServer({ root: site.outDir, csp: STRICT_CSP });
    browser = await launchChromium(build.path);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Collects CSP violations and script errors, which must not happen. */
  function watchErrors(page: Page): string[] {
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    return errors;
  }

  test('from Containers, Level up leads to the series index, and Next to Services', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}get-started/containers/`);
    assert.equal(await page.locator('.eyebrow').textContent(), 'Part 2 of 6 in Get started');
    await page.getByRole('link', { name: 'Level up: Get started' }).click();
    await page.waitForURL(`${server.url}get-started/`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Get started');
    await page.goBack();
    await page.waitForURL(`${server.url}get-started/containers/`);
    await page.getByRole('navigation', { name: 'Previous and next part' }).getByRole('link', { name: /^Next/ }).click();
    await page.waitForURL(`${server.url}get-started/services/`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Services');
    assert.equal(await page.getByRole('navigation', { name: 'Breadcrumbs' }).locator('[aria-current="page"]').textContent(), 'Services');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Level up, Previous and Next come in reading order for the keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}get-started/containers/`);
    const order: string[] = [];
    for (let i = 0; i < 400 && order.length < 3; i += 1) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      if (/^(Previous|Next|Level up)/.test(name)) order.push(name.split(/\s/)[0]!);
    }
    assert.deepEqual(order, ['Previous', 'Next', 'Level']);
    await page.close();
  });

  const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(15, 19, 24)' };

  /** The page background in the first frame the browser renders, before any later script could fix it. */
  async function firstFrameBackground(page: Page, url: string): Promise<string> {
    await page.goto(url);
    return page.evaluate(() => (window as unknown as { firstFrame: Promise<string> }).firstFrame);
  }

  for (const [system, stored] of [['light', 'dark'], ['dark', 'light']] as const) {
    test(`a stored ${stored} theme beats a ${system} system and paints first with no flash`, async () => {
      const context = await browser.newContext({ colorScheme: system });
      await context.addInitScript(() => {
        // rAF runs before each paint; the first one shows what the first frame looks like.
        (window as unknown as { firstFrame: Promise<string> }).firstFrame = new Promise((resolve) => {
          requestAnimationFrame(() => resolve(getComputedStyle(document.body).backgroundColor));
        });
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const url = `${server.url}get-started/containers/`;
      assert.equal(await firstFrameBackground(page, url), BACKGROUND[system], 'no choice yet: the system theme');
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      assert.equal(await toggle.getAttribute('aria-pressed'), String(system === 'dark'));
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-pressed'), String(stored === 'dark'));
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), BACKGROUND[stored]);
      assert.equal(await firstFrameBackground(page, url), BACKGROUND[stored], 'after a reload the first frame already has the stored theme');
      assert.equal(await firstFrameBackground(page, `${server.url}get-started/services/`), BACKGROUND[stored], 'and on the next page');
      assert.equal(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed'), String(stored === 'dark'));
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('on a phone, the parts and "On this page" open and close by keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${server.url}get-started/containers/`);
    const parts = page.getByRole('navigation', { name: 'Parts of Get started' });
    const toc = page.getByRole('navigation', { name: 'On this page' });
    assert.equal(await parts.isVisible(), false, 'folded at first');
    assert.equal(await toc.isVisible(), false, 'folded at first');

    for (const [label, panel] of [['Parts', parts], ['On this page', toc]] as const) {
      const button = page.getByRole('button', { name: new RegExp(`^${label}`) });
      // Reach the button with Tab, as a keyboard user does.
      await page.locator('body').focus();
      let reached = false;
      for (let i = 0; i < 20 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = await button.evaluate((b) => b === document.activeElement);
      }
      assert.ok(reached, `${label} is reachable with Tab`);
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
      await page.keyboard.press('Enter');
      assert.equal(await button.getAttribute('aria-expanded'), 'true');
      assert.ok(await panel.isVisible(), `${label} opens with Enter`);
      await page.keyboard.press('Space');
      assert.equal(await panel.isVisible(), false, `${label} closes with Space`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      assert.ok(await panel.evaluate((p) => p.contains(document.activeElement)), `Tab moves into the open ${label}`);
      await page.keyboard.press('Escape');
      assert.equal(await panel.isVisible(), false, `Escape closes ${label}`);
      assert.ok(await button.evaluate((b) => b === document.activeElement), 'focus returns to the button');
    }
    await context.close();
  });

  test('at 320 px nothing scrolls sideways except code blocks', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    assert.ok(pages.length >= 8, `only ${pages.length} pages`);
    for (const path of pages) {
      await page.goto(`${server.url}${path}`);
      for (const open of [false, true]) {
        if (open) for (const b of await page.locator('.panel-toggle').all()) await b.click();
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')].filter((el) => {
            if (el.closest('pre')) return false;
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5);
          });
          return { scroll: document.documentElement.scrollWidth - width, wide: wide.map((el) => el.outerHTML.slice(0, 80)) };
        });
        assert.equal(overflow.scroll, 0, `${path}: the page scrolls sideways`);
        assert.deepEqual(overflow.wide, [], `${path}${open ? ' (panels open)' : ''}: elements past the edge`);
      }
    }
    await context.close();
  });
});
