import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/tools/chromium.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/static-server.ts';
import { sharedBuild } from '../helpers/build-site.ts';
import { findDockerfileInstruction } from '../../src/lib/code/dockerfile-instructions.ts';
import { TODAYS_CHROMIUM, eachBrowser } from '../helpers/browsers.ts';

eachBrowser(TODAYS_CHROMIUM, (build) => {
  let browser: Browser;
  let real: RunningServer;
  let fixture: RunningServer;

  const dockerfile = /```dockerfile[^\n]*\n([\s\S]*?)\n```/.exec(readFileSync('content/get-started/containers.mdx', 'utf8'))?.[1] ?? '';

  before(async () => {
    const site = sharedBuild('content');
    assert.equal(site.status, 0, site.output);
    const blocks = sharedBuild('test/fixtures/code-blocks');
    assert.equal(blocks.status, 0, blocks.output);
    real = await startStaticServer({ root: site.outDir });
    fixture = await startStaticServer({ root: blocks.outDir });
    browser = await launchChromium(build.path);
  });
  after(async () => {
    await browser?.close();
    await real?.close();
    await fixture?.close();
  });

  async function openContainers(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], ...options });
    const page = await context.newPage();
    await page.goto(`${real.url}get-started/containers/`);
    return page;
  }

  test('Copy on the Containers Dockerfile puts the Dockerfile on the clipboard and says so', async () => {
    const page = await openContainers();
    // The page's first Dockerfile: the one it started with (the updated one follows it).
    const block = page.locator('figure.code-block', { has: page.locator('figcaption', { hasText: 'Dockerfile' }) }).first();
    const button = block.getByRole('button', { name: 'Copy Dockerfile' });
    await button.click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), dockerfile);
    assert.equal(await block.getByRole('status').textContent(), 'Copied');

    // The keyboard works too: a fresh clipboard, then Enter on the focused button.
    await page.evaluate(() => navigator.clipboard.writeText('something else'));
    await button.focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), dockerfile);
    await page.context().close();
  });

  test('tabbing to an instruction shows its explanation and keeps its reference link', async () => {
    const page = await openContainers();
    const link = page.locator('a.code-instruction', { hasText: 'RUN' }).first();
    const note = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
    const shown = () => note.evaluate((el) => getComputedStyle(el).display);
    assert.equal(await shown(), 'none', 'hidden until asked for');
    await page.locator('pre.code').first().focus();
    for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    assert.ok(await link.evaluate((el) => el === document.activeElement), 'RUN is reachable with Tab');
    const run = findDockerfileInstruction('RUN')!;
    assert.equal(await shown(), 'block');
    assert.equal(await note.textContent(), `RUN: ${run.note}`);
    assert.equal(await page.locator('.code-note:visible').count(), 1, 'only the focused keyword’s note shows');
    // Screen readers get the same text as the link's description.
    const described = await link.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent);
    assert.equal(described, `RUN: ${run.note}`);
    assert.equal(await link.getAttribute('href'), run.reference);
    // The explanation is not clipped by the scrolling block: it sits below the figure.
    const box = await link.evaluate((el) => {
      const figure = el.closest('figure')!.getBoundingClientRect();
      const pre = el.closest('pre')!;
      const shownNote = document.getElementById(el.getAttribute('aria-describedby') ?? '')!.getBoundingClientRect();
      return { figureBottom: figure.bottom, noteTop: shownNote.top, noteHeight: shownNote.height, overflow: getComputedStyle(pre).overflowX, prePosition: getComputedStyle(pre).position };
    });
    assert.equal(box.overflow, 'auto');
    assert.equal(box.prePosition, 'static', 'the note is placed against the figure, outside the scroller');
    assert.ok(box.noteTop >= box.figureBottom && box.noteHeight > 10, 'the note shows below the block');
    // Hover shows it too, and moving away hides it again.
    await page.locator('main h1').first().click();
    assert.equal(await shown(), 'none');
    await link.hover();
    assert.equal(await shown(), 'block');
    await page.context().close();
  });

  test('without JavaScript the code is all there and no dead button shows', async () => {
    const page = await openContainers({ javaScriptEnabled: false });
    assert.equal(await page.locator('pre.code').first().textContent(), dockerfile);
    assert.equal(await page.getByRole('button', { name: 'Copy Dockerfile' }).count(), 0);
    await page.context().close();
  });

  /** Every token's contrast against the background behind it, and the chrome around the code. */
  function contrasts(): { what: string; ratio: number }[] {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r = 0, g = 0, b = 0]: number[]) =>
      [r, g, b].map((v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const background = (el: Element | null): number[] => {
      for (; el; el = el.parentElement) {
        const c = rgb(getComputedStyle(el).backgroundColor);
        if (c.length === 3 || (c[3] ?? 0) > 0) return c;
      }
      return [255, 255, 255];
    };
    const ratio = (fg: string, el: Element) => {
      const [a, b] = [lum(rgb(fg)), lum(background(el))];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    };
    const out: { what: string; ratio: number }[] = [];
    for (const span of document.querySelectorAll('pre.code span:not(.line)')) {
      if (!span.textContent?.trim()) continue;
      out.push({ what: `${span.closest('figure')?.dataset.language}: ${span.textContent}`, ratio: ratio(getComputedStyle(span).color, span) });
    }
    for (const line of document.querySelectorAll('.line-ins, .line-del')) {
      out.push({ what: `change sign of ${line.textContent}`, ratio: ratio(getComputedStyle(line, '::before').color, line) });
    }
    for (const el of document.querySelectorAll('.code-title, .code-copy')) {
      out.push({ what: el.textContent ?? '', ratio: ratio(getComputedStyle(el).color, el) });
    }
    return out;
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`every token meets WCAG AA contrast in the ${scheme} theme, on marked and changed lines too`, async () => {
      const page = await browser.newPage({ colorScheme: scheme });
      await page.goto(fixture.url);
      const results = await page.evaluate(contrasts);
      assert.ok(results.length > 100, `only ${results.length} tokens checked`);
      const failing = results.filter((r) => r.ratio < 4.5).map((r) => `${r.what} (${r.ratio.toFixed(2)})`);
      assert.deepEqual(failing, []);
      await page.close();
    });
  }

  test('data-theme on <html> overrides the system colour scheme', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.goto(fixture.url);
    const token = page.locator('a.code-instruction span').first();
    const colour = () => token.evaluate((el) => getComputedStyle(el).color);
    const light = await colour();
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    const dark = await colour();
    assert.notEqual(dark, light);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    assert.equal(await colour(), light, 'a light choice wins over a dark system');
    await page.close();
  });

  test('a long line scrolls inside its block, which the keyboard can reach', async () => {
    const page = await browser.newPage({ viewport: { width: 600, height: 800 } });
    await page.goto(fixture.url);
    const pre = page.locator('figure[data-language="bash"] pre');
    const size = await pre.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    assert.ok(size.scroll > size.client, 'the line overflows the block');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the page does not widen');
    await pre.focus();
    await page.keyboard.press('ArrowRight');
    // Keyboard scrolling may be animated: wait for it to move.
    await page.waitForFunction((el) => el.scrollLeft > 0, await pre.elementHandle(), { timeout: 3000 });
    await page.close();
  });
});
