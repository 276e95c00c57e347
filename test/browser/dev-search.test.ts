import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../src/tools/chromium.ts';
import { startDevServer } from '../helpers/dev-server.ts';
import { ROOT } from '../helpers/build-site.ts';
import { TODAYS_CHROMIUM, eachBrowser } from '../helpers/browsers.ts';

eachBrowser(TODAYS_CHROMIUM, (build) => {
  /**
   * Opens search with the button and waits for an option named like `name` for `term`. The dev
   * server reloads open tabs once it has synced an edit, which can land after a fresh tab opened
   * and close the dialog: then the search is typed again, as a reader would.
   */
  async function findInDialog(page: Page, term: string, name: RegExp): Promise<void> {
    // Counts full page loads only: the search box's own history changes are not reloads.
    let loads = 0;
    const counted = () => loads++;
    page.on('load', counted);
    try {
      for (let attempt = 1; ; attempt++) {
        const before = loads;
        try {
          await page.getByRole('button', { name: /Search/ }).click();
          await page.getByRole('combobox', { name: 'Search the docs' }).fill(term);
          return await page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name }).waitFor({ timeout: 30_000 });
        } catch (err) {
          if (loads > before && attempt < 3) continue;
          const shown = await page.getByRole('dialog').allInnerTexts().catch(() => []);
          throw new Error(`${err instanceof Error ? err.message : String(err)}\nResults shown for ${term}: ${JSON.stringify(shown)}`);
        }
      }
    } finally {
      page.off('load', counted);
    }
  }

  /** Polls `url` until the dev server's answer contains `text`: its watcher has seen the edit. */
  async function untilServed(url: string, text: string): Promise<void> {
    for (let tries = 0; tries < 300; tries++) {
      if ((await (await fetch(url, { signal: AbortSignal.timeout(10_000) })).text()).includes(text)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${url} never showed ${text}`);
  }

  // Stopped in `after` too: a test that times out must not keep the dev server (and the Astro
  // lock every other test file waits for) running.
  let running: { stop(): Promise<unknown> }[] = [];
  after(async () => {
    for (const r of running) await r.stop().catch(() => undefined);
    running = [];
  });

  test('npm run dev has working search under the base path, and re-indexes edited content', { timeout: 150_000 }, async () => {
    // A copy of the fixture, since the test edits a page; one per browser, as each run has its own server.
    const content = join(ROOT, `test/.out/dev-search-content-${build.id}`);
    rmSync(content, { recursive: true, force: true });
    cpSync(join(ROOT, 'test/fixtures/site-search'), content, { recursive: true });
    const dev = await startDevServer(`dev-search-${build.id}`, content, { BASE: '/docs/' });
    const browser = await launchChromium(build.path);
    running = [{ stop: () => browser.close() }, dev];
    try {
      const page = await browser.newPage();
      await page.goto(`${dev.url}guide/`);
      await findInDialog(page, 'swarm', /^Clusters/);
      const clusters = page.getByRole('option', { name: /^Clusters/ });
      assert.equal(await clusters.locator('a').getAttribute('href'), '/docs/guide/clusters/#join-the-swarm');
      await page.getByRole('combobox', { name: 'Search the docs' }).fill('dockerfle');
      await page.getByRole('option', { name: 'Search for Dockerfile' }).waitFor();
      await page.getByRole('combobox', { name: 'Search the docs' }).fill('Dockerfile');
      await page.getByRole('option', { name: /^Images/ }).waitFor();

      appendFileSync(join(content, 'guide/clusters.mdx'), '\n## Drain a node\n\nA drained node takes no new replicas.\n');
      await untilServed(`${dev.url}guide/clusters/`, 'id="drain-a-node"');
      // A fresh tab: the open one is reloaded by the dev server for the edit, which would race a
      // goto. It stays open (closing a tab mid-reload can stall); the browser closes at the end.
      const fresh = await browser.newPage();
      await fresh.goto(`${dev.url}guide/`);
      await findInDialog(fresh, 'drained', /^Clusters.*Drain a node/);
    } catch (err) {
      throw new Error(`${err instanceof Error ? err.message : String(err)}\n--- astro dev output ---\n${dev.output()}`);
    } finally {
      await browser.close();
      await dev.stop();
      running = [];
    }
  });
});
