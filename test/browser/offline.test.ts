import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/tools/chromium.ts';
import { buildSite, ROOT } from '../helpers/build-site.ts';
import { startStaticServer } from '../../src/tools/static-server.ts';
import { generateContent } from '../../scripts/bench/generate-content.ts';
import { measureOfflineBytes, saveSection } from '../../scripts/bench/offline-bytes.ts';
import type { OfflineManifest } from '../../src/lib/offline/offline-plan.ts';
import { TODAYS_CHROMIUM, eachBrowser } from '../helpers/browsers.ts';

// A generated site of 40 pages (an area of 19) built with a budget it does not fit, so a first
// visit takes only the shell and the search engine.
eachBrowser(TODAYS_CHROMIUM, (build) => {
  const NAME = 'offline-budget';
  const CONTENT = join(ROOT, 'test/.out/builds/offline-budget-content');
  const ENV = { OFFLINE_BUDGET_KB: '100' };
  const EDITED = 'area-001/topic-1/page-2';
  let browser: Browser;
  let outDir = '';

  const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'offline-manifest.json'), 'utf8')) as OfflineManifest;

  before(async () => {
    generateContent(CONTENT, 40, 7, { topicsPerArea: 2 });
    const site = buildSite(NAME, CONTENT, ENV);
    assert.equal(site.status, 0, site.output);
    outDir = site.outDir;
    browser = await launchChromium(build.path);
  });
  after(async () => {
    await browser?.close();
  });

  test('over the budget: a first visit takes the page, shell and engine; a saved section works offline; an update fetches only what changed', async () => {
    const v1 = manifestOf(outDir);
    assert.equal(v1.all, false, `the site (${v1.totalBytes} bytes) is over the 100 KB budget`);
    const result = await measureOfflineBytes({
      browser,
      outDir,
      firstPage: 'area-001/topic-1/page-1/',
      section: 'area-001',
      searchTerm: 'container',
      rebuild() {
        appendFileSync(join(CONTENT, `${EDITED}.mdx`), '\nA new closing paragraph about zanzibarite volumes.\n');
        const site = buildSite(NAME, CONTENT, ENV);
        assert.equal(site.status, 0, site.output);
        // Every other page is byte for byte the last build's: their search fragments are kept.
        const counts = /search: (\d+) pages indexed \([^)]*, (\d+) fragments kept from the previous build\)/.exec(site.output);
        assert.ok(counts, `the rebuild says how many fragments it kept:\n${site.output}`);
        assert.equal(Number(counts[2]), Number(counts[1]) - 1, site.output);
        return `/${EDITED}/`;
      },
    });

    const first = result.firstVisit.fetched;
    assert.deepEqual([...new Set(first.filter((f) => f.kind === 'page').map((f) => f.path))], ['/area-001/topic-1/page-1/'], 'no other page on a first visit');
    assert.deepEqual(first.filter((f) => !['page', 'shell', 'engine', 'worker'].includes(f.kind)), [], 'no index chunk, fragment, copy or manifest');
    assert.ok(first.some((f) => f.path === '/pagefind/pagefind.js') && first.some((f) => f.path.endsWith('.pagefind')), 'the search engine is precached');
    assert.ok(first.some((f) => f.path === '/offline/'), 'the offline page is precached');

    const saved = new Set(result.save.fetched.filter((f) => f.kind !== 'manifest').map((f) => f.path));
    assert.deepEqual([...saved].sort(), [...result.save.expected].sort(), 'the section and its index files, nothing else');
    assert.ok(result.save.expected.some((u) => u.includes('/pagefind/index/')), 'index chunks are part of the section');
    assert.ok(result.save.expected.some((u) => u.includes('/pagefind/fragment/')), 'fragments are part of the section');
    assert.ok(!result.save.expected.some((u) => u.startsWith('/area-002/') || u.startsWith('/tutorial/')), 'no page of another section');
    assert.equal(result.save.pages, 19);

    assert.equal(result.offline.pagesOpened, 19);
    assert.deepEqual(result.offline.pagesFailed, []);
    assert.ok(result.offline.searchResults > 0, `offline search over the saved section: ${result.offline.searchStatus}`);

    const v2 = manifestOf(outDir);
    const before = new Map(v1.files.map((f) => [f[0], f[1]]));
    const update = result.update.fetched.filter((f) => f.kind !== 'worker' && f.kind !== 'manifest');
    const unchanged = update.filter((f) => before.get(f.path) === v2.files.find((x) => x[0] === f.path)?.[1]);
    assert.deepEqual(unchanged.map((f) => f.path), [], 'an update fetches no file whose revision stayed the same');
    assert.ok(update.some((f) => f.path === `/${EDITED}/`), 'the edited page is fetched again');
  });

  test('offline, an unread page shows the offline page listing what is saved; Remove empties it and survives a reload', async () => {
    const server = await startStaticServer({ root: outDir });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}tutorial/`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
      const tutorial = manifestOf(outDir).sections.find((s) => s.id === 'tutorial')!;
      await page.getByRole('button', { name: /^Save for offline/ }).click();
      const panel = page.locator('#save-offline-panel');
      await panel.getByText(`This section, ${tutorial.title}: 7 pages`).waitFor();
      await saveSection(page, tutorial.title);
      await page.reload();
      assert.equal(await page.getByRole('button', { name: /for offline/ }).textContent(), 'Saved for offline', 'the saved state survives a reload');

      await context.setOffline(true);
      await page.goto(`${server.url}area-002/`);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'This page is not saved for offline reading');
      const list = page.locator('[data-offline-pages]');
      await list.getByRole('link', { name: tutorial.title }).waitFor();
      assert.ok((await list.getByRole('link').count()) >= 7, 'the saved pages are listed');

      await context.setOffline(false);
      await page.goto(`${server.url}tutorial/`);
      await page.getByRole('button', { name: 'Saved for offline' }).click();
      await page.getByRole('button', { name: `Remove ${tutorial.title} from offline reading` }).click();
      await page.getByRole('status').filter({ hasText: `Removed ${tutorial.title}` }).waitFor();
      const left = await page.evaluate(async () => (await (await caches.open('docs-saved')).keys()).map((r) => new URL(r.url).pathname));
      assert.deepEqual(left.filter((p) => !p.includes('__offline')), [], 'removing the only saved section empties the saved cache');
      await page.reload();
      assert.equal(await page.getByRole('button', { name: /for offline/ }).textContent(), 'Save for offline…');
    } finally {
      await context.close();
      await server.close();
    }
  });
});
