import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { ROOT, sharedBuild } from '../helpers/build-site.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/static-server.ts';
import { eachBrowser, READER_BROWSERS } from '../helpers/browsers.ts';
import { follow, hashOf, heading, launchReader, traverse, untilControlled } from '../helpers/reader-browser.ts';
import type { OfflineManifest } from '../../src/lib/offline/offline-plan.ts';
import { generateContent } from '../../scripts/bench/generate-content.ts';

// The network is taken away for real: after the first visit the server stops, so the browser
// gets "connection refused" for every request, the service worker's own included.
const FIXTURE = 'test/fixtures/site-search';
const EDITED = join(ROOT, 'test/.out/offline-reader-v2');
const NEW_SENTENCE = 'A multi-stage build keeps the final image small.';

/** The fixture as a second deploy: one page gains a sentence. */
function editedFixture(): string {
  rmSync(EDITED, { recursive: true, force: true });
  mkdirSync(EDITED, { recursive: true });
  cpSync(join(ROOT, FIXTURE), EDITED, { recursive: true });
  const file = join(EDITED, 'guide/images.mdx');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n${NEW_SENTENCE}\n`);
  return EDITED;
}

// A generated site of 40 pages over a 100 KB budget: a first visit stores only the shell and engine.
const OVER_BUDGET = join(ROOT, 'test/.out/offline-reader-budget');
let generated = false;
function overBudgetSite() {
  if (!generated) generateContent(OVER_BUDGET, 40, 7, { topicsPerArea: 2 });
  generated = true;
  return sharedBuild(OVER_BUDGET, { OFFLINE_BUDGET_KB: '100' });
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'offline-manifest.json'), 'utf8')) as OfflineManifest;

async function serve(root: string, base: string, port?: number): Promise<RunningServer> {
  return startStaticServer({ root, base, port });
}

/** The text of the article, as the reader sees it. */
async function articleText(page: Page): Promise<string> {
  return page.$eval('article', (a) => a.textContent ?? '');
}

/** The reader's quiet "Ready offline" line, once it shows. */
async function readyLine(page: Page, includes: string): Promise<string> {
  await page.waitForFunction((t) => { const el = document.querySelector<HTMLElement>('[data-offline-ready]'); return el !== null && !el.hidden && (el.textContent ?? '').includes(t); }, { timeout: 30_000 }, includes);
  return page.$eval('[data-offline-ready]', (el) => el.textContent ?? '');
}

/** Opens search with `/`, types a word and waits for its results. */
async function search(page: Page, word: string): Promise<void> {
  await page.keyboard.press('/');
  await page.waitForSelector('input[role="combobox"]', { visible: true });
  await page.type('input[role="combobox"]', word);
  await page.waitForFunction((w) => (document.querySelector('.search-status')?.textContent ?? '').includes(`“${w}”`), { timeout: 20_000 }, word);
  await page.waitForSelector('#search-results [role="option"] a');
}

eachBrowser(READER_BROWSERS, (build) => {
  let browser: Browser;
  before(async () => {
    browser = await launchReader(build);
  });
  after(async () => {
    await browser?.close();
  });

  for (const base of ['/', '/docs/']) {
    test(`server stopped after one visit: reload, a link, a #section link, a search result, back and forward, and URL variants all open their page (base ${base})`, async () => {
      const site = sharedBuild(FIXTURE, { BASE: base });
      assert.equal(site.status, 0, site.output);
      const server = await serve(site.outDir, base);
      const origin = new URL(server.url).origin;
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        await page.goto(server.url);
        await untilControlled(page);
        assert.equal(await readyLine(page, 'Ready'), 'Ready offline: this whole site works without a network.');
        await server.close();
        await assert.rejects(fetch(server.url), 'the server is really gone');

        await page.reload();
        assert.equal(await heading(page), 'Search Fixture', 'reload');
        await follow(page, `article a[href="${base}guide/"]`);
        assert.equal(await heading(page), 'Guide', 'a plain link');
        await follow(page, `article a[href="${base}guide/clusters/#join-the-swarm"]`);
        assert.equal(await heading(page), 'Clusters', 'a link to a section of another page');
        assert.equal(await hashOf(page), '#join-the-swarm');

        await search(page, 'Dockerfile');
        const href = await page.$eval('#search-results [role="option"] a', (a) => a.getAttribute('href'));
        assert.equal(href, `${base}guide/images/#write-the-recipe`, 'the result leads to its section');
        await follow(page, '#search-results [role="option"] a');
        assert.equal(await heading(page), 'Images', 'a search result');
        assert.equal(await hashOf(page), '#write-the-recipe');

        await traverse(page, 'back', 'Clusters');
        await traverse(page, 'back', 'Guide');
        await traverse(page, 'forward', 'Clusters');

        // Shared links, opened in a new tab: Firefox's driver loses track of a tab's loads after a history step.
        const tab = await context.newPage();
        await tab.goto(`${origin}${base}guide/clusters`);
        assert.equal(await heading(tab), 'Clusters', 'a folder without its slash');
        assert.equal(await tab.evaluate(() => location.pathname), `${base}guide/clusters/`, 'the address gains its slash, as online');
        await tab.goto(`${server.url}guide/images/?utm_source=chat#write-the-recipe`);
        assert.equal(await heading(tab), 'Images', 'a query and a fragment');
        await tab.goto(`${server.url}guide/images/index.html`);
        assert.equal(await heading(tab), 'Images', 'the folder page as index.html');

        // A page the site does not have: the offline page lists every page by the manifest's title.
        const titles = manifestOf(site.outDir).titles;
        await tab.goto(`${server.url}no-such-page/`);
        assert.equal(await heading(tab), 'This page is not saved for offline reading', 'an unknown page');
        await tab.waitForSelector(`[data-offline-pages] a[href="${base}guide/images/"]`);
        const listed = await tab.$$eval('[data-offline-pages] a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
        assert.deepEqual(new Map(listed as [string, string][]), new Map(Object.entries(titles)), 'every page, named as the model names it');
      } finally {
        await context.close();
        await server.close();
      }
    });
  }

  test('a new build deployed: the next visit updates the offline copy, which then shows the edit with the server stopped', async () => {
    const v1 = sharedBuild(FIXTURE);
    assert.equal(v1.status, 0, v1.output);
    const v2 = sharedBuild(editedFixture());
    assert.equal(v2.status, 0, v2.output);
    const revision = (dir: string) => manifestOf(dir).files.find((f) => f[0] === '/guide/images/')?.[1];
    const [before, after] = [revision(v1.outDir), revision(v2.outDir)];
    assert.ok(before && after && before !== after, 'the edited page has a new revision');

    let server = await serve(v1.outDir, '/');
    const port = Number(new URL(server.url).port);
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await untilControlled(page);
      await server.close();

      server = await serve(v2.outDir, '/', port);
      await page.reload();
      // The new worker has installed and taken over once the precache holds the new revision only.
      await page.waitForFunction(
        async (rev: string, old: string) => {
          const keys: string[] = [];
          for (const name of await caches.keys()) if (name.startsWith('workbox-precache')) for (const r of await (await caches.open(name)).keys()) keys.push(r.url);
          const page = keys.filter((k) => new URL(k).pathname === '/guide/images/');
          return page.some((k) => k.includes(rev)) && !page.some((k) => k.includes(old)) && navigator.serviceWorker.controller !== null;
        },
        { timeout: 30_000 },
        after,
        before,
      );
      await server.close();
      await page.goto(`${server.url}guide/images/`);
      assert.equal(await heading(page), 'Images');
      assert.ok((await articleText(page)).includes(NEW_SENTENCE), 'the page read offline is the new build');
    } finally {
      await context.close();
      await server.close();
    }
  });

  test('over the offline budget: a saved section reads and searches with the server stopped; an unsaved page says what is saved', async () => {
    const site = overBudgetSite();
    assert.equal(site.status, 0, site.output);
    const manifest = manifestOf(site.outDir);
    assert.equal(manifest.all, false, 'the site is over its budget');
    const section = manifest.sections.find((s) => s.id === 'area-001')!;
    const server = await serve(site.outDir, '/');
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}area-001/topic-1/page-1/`);
      await untilControlled(page);
      await page.click('.save-offline-toggle');
      await page.waitForSelector('button[data-action="save"][data-id="area-001"]', { visible: true, timeout: 30_000 });
      await page.click('button[data-action="save"][data-id="area-001"]');
      await page.waitForFunction((t) => (document.querySelector('.save-offline-status')?.textContent ?? '').startsWith(`Saved ${t}`), { timeout: 120_000 }, section.title);
      assert.match(await readyLine(page, section.title), new RegExp(`^Ready offline: ${section.title}`));
      await server.close();

      // A page of the section the reader never opened, by a link to one of its sections.
      const target = 'area-001/topic-2/page-3/';
      const id = /<h2 id="([^"]+)"/.exec(readFileSync(join(site.outDir, target, 'index.html'), 'utf8'))?.[1];
      assert.ok(id, 'the target page has a section');
      await page.evaluate((href) => {
        const a = Object.assign(document.createElement('a'), { href, textContent: 'to a section' });
        a.id = 'test-link';
        document.querySelector('article')!.append(a);
      }, `/${target}#${id}`);
      await follow(page, '#test-link');
      assert.equal(await heading(page), manifest.titles[`/${target}`], 'a saved page, by a #section link');
      assert.equal(await hashOf(page), `#${id}`);

      await search(page, 'container');
      const hrefs = await page.$$eval('#search-results [role="option"] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      const inSection = hrefs.find((h) => h.startsWith('/area-001/'));
      assert.ok(inSection, `a result in the saved section among ${hrefs.join(', ')}`);
      await follow(page, `#search-results [role="option"] a[href="${inSection}"]`);
      assert.equal(await heading(page), manifest.titles[inSection.replace(/#.*$/, '')], 'a search result in the saved section');
      await traverse(page, 'back', manifest.titles[`/${target}`]!);

      const tab = await context.newPage();
      await tab.goto(`${server.url}area-002/`);
      assert.equal(await heading(tab), 'This page is not saved for offline reading', 'a page of another section');
      await tab.waitForSelector(`[data-offline-pages] a[href="/${target}"]`);
      const listed = await tab.$$eval('[data-offline-pages] a', (as) => as.map((a) => a.textContent));
      assert.ok(listed.includes(manifest.titles[`/${target}`]!), 'the saved pages are listed by title');
    } finally {
      await context.close();
      await server.close();
    }
  });
});
