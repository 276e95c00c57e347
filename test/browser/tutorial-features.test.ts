import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/tools/chromium.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/static-server.ts';
import { STRICT_CSP } from '../../scripts/serve.ts';
import { sharedBuild } from '../helpers/build-site.ts';
import { watchPage } from '../helpers/site-session.ts';
import { axeViolations } from '../helpers/axe-violations.ts';
import { TODAYS_CHROMIUM, eachBrowser } from '../helpers/browsers.ts';

eachBrowser(TODAYS_CHROMIUM, (build) => {
  /** Tabs, terminal output and series progress on the tutorial fixture, served with the real CSP. */
  let browser: Browser;
  let server: RunningServer;

  before(async () => {
    const site = sharedBuild('test/fixtures/site-tutorial');
    assert.equal(site.status, 0, site.output);
    server = await startStaticServer({ root: site.outDir, csp: STRICT_CSP });
    browser = await launchChromium(build.path);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh reader (own storage) and a page of theirs that records problems. */
  async function reader(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; problems: () => string[] }> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const problems = watchPage(page, server.url.replace(/\/$/, ''));
    // A request cut short because the test moved on to the next page is not a problem of the page.
    return { context, page, problems: () => problems.filter((p) => !p.endsWith('(net::ERR_ABORTED)')) };
  }

  const osTabs = (page: Page) => page.getByRole('tablist').first().getByRole('tab');
  const selected = async (page: Page) => (await page.getByRole('tab', { selected: true }).first().textContent()) ?? '';
  const visiblePanelText = (page: Page) => page.locator('[data-tabs="os"] [role="tabpanel"]:visible').first().textContent();

  test('without JavaScript every variant shows under its label, and long output still opens', async () => {
    const { context, page } = await reader({ javaScriptEnabled: false });
    await page.goto(`${server.url}tour/one/`);
    assert.equal(await page.getByRole('tab').count(), 0, 'no tab buttons without the script');
    const labels = await page.locator('[data-tabs="os"] .tab-label').allTextContents();
    assert.deepEqual(labels, ['macOS and Linux', 'Windows (PowerShell)']);
    assert.equal(await page.locator('[data-tabs="os"] .tab-label:visible').count(), 2);
    assert.ok(await page.getByText('Hello pelican!').isVisible());
    assert.ok(await page.getByText('Hello walrus!').isVisible());
    const fold = page.locator('details.code-fold');
    assert.equal(await page.getByText('node-13').isVisible(), false, 'folded at first');
    await fold.locator('summary').click();
    assert.ok(await page.getByText('node-13').isVisible(), 'the native details opens');
    assert.equal(await page.getByRole('button', { name: 'Mark this part done' }).count(), 0, 'no progress button without the script');
    await context.close();
  });

  test('arrow keys, Home and End move between tabs and show one panel; the labels give way to the tab list', async () => {
    const { context, page, problems } = await reader();
    await page.goto(`${server.url}tour/one/`);
    const tabs = osTabs(page);
    assert.equal(await tabs.count(), 2);
    assert.equal(await selected(page), 'macOS and Linux');
    assert.equal(await page.locator('[data-tabs="os"] .tab-label:visible').count(), 0);
    assert.equal(await page.locator('[data-tabs="os"] [role="tabpanel"]:visible').count(), 1);
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Windows (PowerShell)');
    assert.equal(await tabs.nth(1).getAttribute('aria-selected'), 'true');
    assert.equal(await tabs.nth(1).getAttribute('tabindex'), '0', 'roving tabindex');
    assert.equal(await tabs.nth(0).getAttribute('tabindex'), '-1');
    assert.match((await visiblePanelText(page)) ?? '', /Hello walrus!/);
    await page.keyboard.press('ArrowRight');
    assert.equal(await selected(page), 'macOS and Linux', 'Right wraps around');
    // The three-tab group without syncKey: End, Home and Left.
    const editors = page.getByRole('tablist').nth(1).getByRole('tab');
    await editors.first().focus();
    await page.keyboard.press('End');
    assert.equal(await editors.nth(2).getAttribute('aria-selected'), 'true');
    await page.keyboard.press('Home');
    assert.equal(await editors.nth(0).getAttribute('aria-selected'), 'true');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await editors.nth(2).getAttribute('aria-selected'), 'true');
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(keys, ['docs-progress:/tour/', 'docs-tabs:os'], 'the group without syncKey saves nothing');
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('a choice holds on the next page of the series and after a reload', async () => {
    const { context, page, problems } = await reader();
    await page.goto(`${server.url}tour/one/`);
    await osTabs(page).filter({ hasText: 'Windows' }).click();
    await page.goto(`${server.url}tour/two/`);
    assert.equal(await selected(page), 'Windows (PowerShell)');
    assert.match((await visiblePanelText(page)) ?? '', /stop wombat/);
    await page.reload();
    assert.equal(await selected(page), 'Windows (PowerShell)');
    await osTabs(page).filter({ hasText: 'macOS' }).click();
    await page.goto(`${server.url}tour/one/`);
    assert.equal(await selected(page), 'macOS and Linux');
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('?os=windows in the URL chooses the tab and is remembered; an unknown value is ignored', async () => {
    const { context, page, problems } = await reader();
    await page.goto(`${server.url}tour/one/?os=beos`);
    assert.equal(await selected(page), 'macOS and Linux');
    await page.goto(`${server.url}tour/two/?os=windows`);
    assert.equal(await selected(page), 'Windows (PowerShell)');
    await page.goto(`${server.url}tour/one/`);
    assert.equal(await selected(page), 'Windows (PowerShell)', 'remembered without the parameter');
    assert.deepEqual(await context.cookies(), [], 'no cookie');
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('Copy in a tab copies the commands of the tab shown, without prompt or output', async () => {
    const { context, page } = await reader({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${server.url}tour/one/?os=windows`);
    await page.locator('[data-tabs="os"] [role="tabpanel"]:visible').getByRole('button', { name: 'Copy Terminal session' }).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Invoke-WebRequest http://localhost:4000 | Select-Object -ExpandProperty Content');
    await context.close();
  });

  test('output is a labelled region with its own background; screen readers hear its name', async () => {
    const { context, page } = await reader();
    await page.goto(`${server.url}tour/one/`);
    const output = page.getByRole('group', { name: 'Output, 1 line' }).first();
    const commands = page.getByRole('group', { name: 'Commands' }).first();
    const [outBg, cmdBg] = await Promise.all([output, commands].map((l) => l.evaluate((el) => getComputedStyle(el).backgroundColor)));
    assert.notEqual(outBg, cmdBg);
    assert.equal(await output.evaluate((el) => getComputedStyle(el, '::before').content), '"Output" / ""');
    assert.equal(await page.locator('summary', { hasText: 'Output, 14 lines' }).count(), 1);
    await context.close();
  });

  test('Mark this part done marks it in the side nav; the index and the home page offer to continue', async () => {
    const { context, page, problems } = await reader();
    await page.goto(`${server.url}tour/`);
    assert.equal(await page.getByRole('link', { name: /Continue where you left off/ }).count(), 0, 'nothing before the reader starts');
    await page.goto(`${server.url}tour/one/`);
    const button = page.getByRole('button', { name: 'Mark this part done' });
    await button.click();
    assert.equal(await page.locator('.part-done-button').textContent(), 'Done ✓ — undo');
    const nav = page.getByRole('navigation', { name: 'Parts of Tour' });
    assert.equal(await nav.getByRole('link', { name: 'Ask the app (done)' }).count(), 1, 'a check mark with words for screen readers');
    assert.equal(await nav.getByRole('link', { name: /Stop the app \(done\)/ }).count(), 0);
    await page.goto(`${server.url}tour/`);
    const next = page.getByRole('link', { name: 'Continue where you left off: Part 2: Stop the app' });
    assert.equal(await next.getAttribute('href'), '/tour/two/');
    assert.equal(await page.locator('.path').getByRole('link', { name: /Ask the app \(done\)/ }).count(), 1);
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Continue where you left off: Part 2: Stop the app' }).click();
    await page.waitForURL(`${server.url}tour/two/`);
    // Undo on part one: the mark goes, and Continue leads back to it.
    await page.goto(`${server.url}tour/one/`);
    await page.getByRole('button', { name: 'Done ✓ — undo' }).click();
    assert.equal(await nav.getByRole('link', { name: /\(done\)/ }).count(), 0);
    await page.goto(`${server.url}tour/`);
    assert.equal(await page.getByRole('link', { name: /Continue where you left off/ }).getAttribute('href'), '/tour/one/');
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('search indexes each variant once and none of the progress buttons', async () => {
    const { context, page } = await reader();
    await page.goto(`${server.url}tour/one/`);
    const content = await page.evaluate(async () => {
      const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
      await pagefind.init();
      const search = await pagefind.search('walrus');
      const data = await search.results[0].data();
      return data.content as string;
    });
    assert.equal(content.match(/Hello walrus/g)?.length, 1);
    assert.equal(content.match(/Hello pelican/g)?.length, 1);
    assert.equal(content.match(/Windows \(PowerShell\)/g)?.length, 1, 'the label once, not the tab button too');
    assert.doesNotMatch(content, /Mark this part done|Continue where you left off|Output, 14 lines/);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`tabs, output and progress pass axe in the ${scheme} theme, with progress shown`, async () => {
      const { context, page } = await reader({ colorScheme: scheme });
      await page.goto(`${server.url}tour/one/`);
      await page.getByRole('button', { name: 'Mark this part done' }).click();
      await page.locator('details.code-fold summary').click();
      assert.deepEqual(await axeViolations(page), []);
      await page.goto(server.url);
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }

  test('print shows every variant under its label and the folded output, without the tab list or progress button', async () => {
    const { context, page } = await reader();
    await page.goto(`${server.url}tour/one/?os=windows`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const rendered = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => el.getClientRects().length > 0).length;
      return { tablists: rendered('[role="tablist"]'), panels: rendered('[data-tabs="os"] [role="tabpanel"]'), labels: rendered('[data-tabs="os"] .tab-label'), done: rendered('.part-done') };
    });
    assert.deepEqual(shown, { tablists: 0, panels: 2, labels: 2, done: 0 });
    assert.ok(await page.getByText('node-13').isVisible(), 'folded output prints');
    await context.close();
  });
});
