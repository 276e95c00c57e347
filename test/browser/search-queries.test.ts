import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/tools/chromium.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/static-server.ts';
import { sharedBuild, ROOT } from '../helpers/build-site.ts';
import { meetsExpectation, parseQuerySet } from '../../src/lib/search/build/query-set.ts';
import { TODAYS_CHROMIUM, eachBrowser } from '../helpers/browsers.ts';

// The query set runs through the real search box over the real index of content/.
eachBrowser(TODAYS_CHROMIUM, (build) => {
  const QUERY_FILE = join(ROOT, 'test/search-queries.json');
  const cases = parseQuerySet(readFileSync(QUERY_FILE, 'utf8'), QUERY_FILE);
  const site = sharedBuild('content');
  let browser: Browser;
  let server: RunningServer;
  let page: Page;

  before(async () => {
    assert.equal(site.status, 0, site.output);
    browser = await launchChromium(build.path);
    server = await startStaticServer({ root: site.outDir });
    page = await browser.newPage();
    await page.goto(server.url);
    await page.keyboard.press('/');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Types a query and waits until its results (or its no-result line) are on screen. */
  async function search(term: string): Promise<void> {
    await page.getByRole('combobox', { name: 'Search the docs' }).fill(term);
    await page.getByRole('dialog').getByRole('status').filter({ hasText: `“${term}”` }).waitFor();
  }

  /** The heading a built page has at `#id`, read from the HTML file itself; null without a fragment. */
  function headingAt(href: string): { page: string; section: string | null } {
    const url = new URL(href, server.url);
    const html = readFileSync(join(site.outDir, url.pathname, 'index.html'), 'utf8');
    const text = (inner: string) => inner.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').trim();
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
    const id = decodeURIComponent(url.hash.slice(1));
    const heading = id ? new RegExp(`<h[2-6][^>]*id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>([\\s\\S]*?)</h[2-6]>`).exec(html) : null;
    assert.ok(!id || heading, `${href}: no heading with that id`);
    return { page: text(h1?.[1] ?? ''), section: heading ? text(heading[1]!) : null };
  }

  for (const c of cases) {
    test(`“${c.query}” leads first to ${c.expect.map(([p, s]) => `${p} › ${s ?? 'top'}`).join(' or ')}`, async () => {
      await search(c.query);
      assert.match((await page.getByRole('dialog').getByRole('status').textContent()) ?? '', /^\d+ pages? match/, 'every word of the query is known');
      const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
      const href = await first.locator('a').getAttribute('href');
      assert.ok(href, 'the first result is a link');
      const shown = headingAt(href);
      const expected = c.expect.map(([p, sec]) => `${p} › ${sec ?? 'top'}`).join(' or ');
      // Says which query ranked what, for content that moved: a section renamed or a command taught elsewhere.
      assert.ok(meetsExpectation(shown, c.expect), `“${c.query}” ranked ${shown.page} › ${shown.section ?? 'top'} first (${href}); expected ${expected}. Rank of every query: node scripts/search-tune.ts --report`);
    });
  }

  test('a misspelt word offers the word the site uses, and choosing it searches for it', async () => {
    await search('dockerfle');
    // Pagefind shortens an unknown word until it matches ("docker"); the box says what it did.
    assert.match((await page.getByRole('dialog').getByRole('status').textContent()) ?? '', /^No page has “dockerfle”\. Did you mean “Dockerfile”\? \d+ pages match part of “dockerfle”\.$/);
    const offer = page.getByRole('option', { name: 'Search for Dockerfile' });
    await offer.waitFor();
    await page.keyboard.press('ArrowDown');
    assert.equal(await offer.getAttribute('aria-selected'), 'true');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('status').filter({ hasText: /pages? match(es)? “Dockerfile”/ }).waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Search the docs' }).inputValue(), 'Dockerfile');
  });

  test('a word no page has, with nothing close, is named and nothing is offered', async () => {
    await search('qqqzzzx');
    assert.match((await page.getByRole('dialog').getByRole('status').textContent()) ?? '', /^No page has “qqqzzzx”\.( \d+ pages? match(es)? part of “qqqzzzx”\.)?$/);
    assert.equal(await page.getByRole('option', { name: /^Search for/ }).count(), 0);
  });

  test('a phrase that is nowhere says there are no results', async () => {
    await search('"background the app"');
    assert.equal(await page.getByRole('dialog').getByRole('status').textContent(), 'No results for “"background the app"”.');
    assert.equal(await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').count(), 0);
    assert.equal(await page.getByRole('combobox', { name: 'Search the docs' }).getAttribute('aria-expanded'), 'false');
  });

  test('a quoted phrase finds only pages with the words side by side', async () => {
    await search('"the app in the background"');
    const titles = await page.getByRole('listbox', { name: 'Search results' }).locator('.search-result:not(.search-sub) .search-title').allTextContents();
    assert.deepEqual(titles, ['Containers']);
  });

  test('code is found without its language label or Copy button', async () => {
    // "Terminal session" labels every console block; the words of the label are not indexed.
    await page.getByRole('combobox', { name: 'Search the docs' }).fill('"Terminal session"');
    await page.getByRole('dialog').getByRole('status').filter({ hasText: /^No page has “session”\./ }).waitFor();
    await search('docker stack rm');
    const excerpt = (await page.getByRole('option').first().locator('.search-excerpt').textContent()) ?? '';
    assert.match(excerpt, /docker stack rm/);
    assert.doesNotMatch(excerpt, /\bCopy\b/);
  });
});
