import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/tools/chromium.ts';
import { startStaticServer } from '../../src/tools/static-server.ts';
import { STRICT_CSP } from '../../scripts/serve.ts';
import { sharedBuild } from '../helpers/build-site.ts';
import { TODAYS_CHROMIUM, eachBrowser } from '../helpers/browsers.ts';

eachBrowser(TODAYS_CHROMIUM, (build) => {
  const FIXTURE = 'test/fixtures/site-search';
  let browser: Browser;

  before(async () => {
    browser = await launchChromium(build.path);
  });
  after(async () => {
    await browser?.close();
  });

  /** Types a query into the open search box and returns how long until the first result showed. */
  async function searchFor(page: Page, term: string): Promise<number> {
    const box = page.getByRole('combobox', { name: 'Search the docs' });
    const start = Date.now();
    await box.fill(term);
    // The status names the term once this query's results are rendered (not a previous query's).
    await page.getByRole('status').filter({ hasText: `“${term}”` }).waitFor();
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    return Date.now() - start;
  }

  interface Case {
    name: string;
    base: string;
    csp?: string;
  }

  const cases: Case[] = [
    { name: 'search-root', base: '/' },
    { name: 'search-docs', base: '/docs/' },
    { name: 'search-csp', base: '/', csp: STRICT_CSP },
  ];

  for (const c of cases) {
    test(`search online, then offline after the first visit (base ${c.base}${c.csp ? ', strict CSP' : ''})`, async () => {
      const site = sharedBuild(FIXTURE, { BASE: c.base });
      assert.equal(site.status, 0, site.output);
      const server = await startStaticServer({ root: site.outDir, base: c.base, csp: c.csp });
      const context = await browser.newContext();
      const problems: string[] = [];
      const requests: string[] = [];
      try {
        const page = await context.newPage();
        page.on('console', (m) => {
          if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(m.text());
        });
        page.on('pageerror', (e) => problems.push(e.message));
        // The page's own requests only: the service worker precaches the bundle on its own.
        page.on('request', (r) => requests.push(new URL(r.url()).pathname));
        const entries: string[] = [];
        page.on('request', (r) => {
          if (r.url().includes('pagefind-entry.json')) entries.push(new URL(r.url()).search);
        });
        await page.goto(server.url);
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });

        // Nothing of search loads until the reader asks for it.
        assert.deepEqual(requests.filter((p) => /pagefind|\/search\.[^/]*\.js$/.test(p)), []);

        await page.keyboard.press('Control+K');
        const box = page.getByRole('combobox', { name: 'Search the docs' });
        await assert.doesNotReject(box.waitFor());
        assert.equal(await box.evaluate((el) => el === document.activeElement), true);
        await searchFor(page, 'swarm');
        const results = page.getByRole('listbox', { name: 'Search results' });
        const clusters = results.getByRole('option', { name: /^Clusters/ });
        await clusters.waitFor();
        // The page's result leads to the section whose heading matches, and names it.
        assert.equal(await clusters.locator('a').getAttribute('href'), `${c.base}guide/clusters/#join-the-swarm`);
        assert.match((await clusters.locator('.search-detail').textContent()) ?? '', /^Part 2 › Join the swarm$/);
        const sub = results.getByRole('option', { name: /^Scale the service/ });
        await sub.waitFor();
        assert.equal(await sub.locator('a').getAttribute('href'), `${c.base}guide/clusters/#scale-the-service`);
        assert.match((await clusters.locator('mark').first().textContent()) ?? '', /swarm/i);
        assert.match((await page.getByRole('dialog').getByRole('status').textContent()) ?? '', /1 page matches “swarm”/);
        assert.ok(requests.some((p) => p === `${c.base}pagefind/pagefind.js`), 'the bundle loads from under the base');
        // Pagefind's meta cache tag is the revision of the entry the worker precached, not the time.
        const manifest = JSON.parse(readFileSync(join(site.outDir, 'offline-manifest.json'), 'utf8')) as { files: [string, string, number][] };
        const entryRevision = manifest.files.find((f) => f[0] === `${c.base}pagefind/pagefind-entry.json`)?.[1];
        assert.deepEqual(entries, [`?ts=${entryRevision}`]);

        await page.keyboard.press('Escape');
        assert.equal(await page.getByRole('dialog').isVisible(), false, 'one Escape closes search, query or not');

        await context.setOffline(true);
        await page.goto(`${server.url}guide/`);
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Guide');
        await page.keyboard.press('/');
        await searchFor(page, 'Dockerfile');
        const images = results.getByRole('option', { name: /^Images/ });
        await images.waitFor();
        assert.equal(await results.locator('[aria-selected="true"]').count(), 0, 'nothing is chosen before the reader moves');
        await page.keyboard.press('ArrowUp');
        assert.equal(await results.getByRole('option').last().getAttribute('aria-selected'), 'true', 'up from the box wraps to the last');
        await page.keyboard.press('ArrowDown');
        assert.equal(await images.getAttribute('aria-selected'), 'true');
        assert.equal(await box.getAttribute('aria-activedescendant'), await images.getAttribute('id'));
        await page.keyboard.press('Enter');
        // Dockerfile is named in the recipe section, not at the top: the page's result leads there.
        await page.waitForURL(`${server.url}guide/images/#write-the-recipe`);
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Images');
        assert.deepEqual(problems.filter((p) => !/net::ERR_INTERNET_DISCONNECTED/.test(p)), []);
      } finally {
        await context.close();
        await server.close();
      }
    });
  }

  test('a page opened from file:// says how to get search instead of loading forever', async () => {
    const site = sharedBuild(FIXTURE);
    assert.equal(site.status, 0, site.output);
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(join(site.outDir, 'guide/images/index.html')).href);
      await page.getByRole('button', { name: /Search/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Search the docs' });
      await dialog.waitFor();
      assert.match((await dialog.textContent()) ?? '', /npm start.*any static web server/s);
    } finally {
      await page.close();
    }
  });

  test('the real site finds "swarm" and "Dockerfile"', async () => {
    const site = sharedBuild('content');
    assert.equal(site.status, 0, site.output);
    const server = await startStaticServer({ root: site.outDir });
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      await page.getByRole('button', { name: /Search/ }).click();
      for (const term of ['swarm', 'Dockerfile']) {
        await searchFor(page, term);
        const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
        assert.match((await first.locator('mark').first().textContent()) ?? '', new RegExp(term, 'i'));
      }
    } finally {
      await page.close();
      await server.close();
    }
  });
});
