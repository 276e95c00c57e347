// What the offline worker downloads, counted at the server in compressed bytes: a first visit,
// "Save for offline" on one section, that section offline, and the update after a rebuild with one
// page of it edited. `npm run bench` runs it on a generated site; test/browser/offline.test.ts on a
// small one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer } from '../../src/tools/static-server.ts';
import { fileKind, MANIFEST_FILE, type FileKind, type OfflineManifest } from '../../src/lib/offline/offline-plan.ts';

export interface Fetched {
  path: string;
  /** Compressed bytes as a server would send them. */
  bytes: number;
  kind: FileKind | 'worker' | 'manifest' | 'missing';
}

export interface Phase {
  fetched: Fetched[];
  bytes: number;
}

export interface OfflineBytes {
  siteBytes: number;
  siteFiles: number;
  budgetBytes: number;
  precacheAll: boolean;
  /** The page's own load, then everything until the worker is idle. */
  firstVisit: Phase & { pageLoad: Phase; background: Phase };
  save: Phase & { section: string; pages: number; sectionBytes: number; expected: string[] };
  offline: { pagesOpened: number; pagesFailed: string[]; searchResults: number; searchStatus: string };
  update: Phase & { editedPage: string };
}

export interface Scenario {
  browser: Browser;
  /** The built site (rebuilt in place by `rebuild`). */
  outDir: string;
  base?: string;
  /** Path of a page inside `section`, without base (`area-001/topic-1/page-1/`). */
  firstPage: string;
  section: string;
  searchTerm: string;
  /** Edits one page of the section, rebuilds, and returns that page's path without base. */
  rebuild(): string;
}

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as OfflineManifest;

/** Waits until the server has had no request for `quietMs` (at most `maxMs`). */
async function settle(log: unknown[], quietMs = 1500, maxMs = 120_000): Promise<void> {
  const start = Date.now();
  let seen = -1;
  let since = Date.now();
  while (Date.now() - start < maxMs) {
    if (log.length !== seen) {
      seen = log.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs the scenario and reports what each phase fetched. */
export async function measureOfflineBytes(s: Scenario): Promise<OfflineBytes> {
  const base = s.base ?? '/';
  let manifest = readManifest(s.outDir);
  let sizes = new Map(manifest.files.map((f) => [f[0], f[2]]));
  const log: Fetched[] = [];
  const sizeOf = (path: string): Fetched => {
    if (path === `${base}sw.js`) return { path, bytes: gzipSync(readFileSync(join(s.outDir, 'sw.js'))).length, kind: 'worker' };
    if (path === `${base}${MANIFEST_FILE}`) return { path, bytes: gzipSync(readFileSync(join(s.outDir, MANIFEST_FILE))).length, kind: 'manifest' };
    const bytes = sizes.get(path);
    if (bytes === undefined) return { path, bytes: 0, kind: 'missing' };
    const rel = path.slice(base.length);
    return { path, bytes, kind: fileKind(rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel) };
  };
  const server = await startStaticServer({ root: s.outDir, base, onServe: (path) => log.push(sizeOf(path)) });
  const phase = (from: number): Phase => {
    const fetched = log.slice(from);
    return { fetched, bytes: fetched.reduce((sum, f) => sum + f.bytes, 0) };
  };
  const context = await s.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}${s.firstPage}`, { waitUntil: 'load' });
    const pageLoad = phase(0);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    await settle(log);
    const first = phase(0);
    const background = phase(pageLoad.fetched.length);

    const saveFrom = log.length;
    const target = manifest.sections.find((x) => x.id === s.section);
    if (!target) throw new Error(`No section ${s.section} in ${MANIFEST_FILE}.`);
    await saveSection(page, target.title);
    await settle(log);
    const save = phase(saveFrom);
    const expected = target.files.map((i) => manifest.files[i]![0]);

    await context.setOffline(true);
    const failed: string[] = [];
    const urls = target.files.map((i) => manifest.files[i]![0]).filter((u) => u.endsWith('/'));
    for (const url of urls) {
      await page.goto(`${server.url.slice(0, -base.length)}${url}`);
      const h1 = await page.locator('h1').first().textContent();
      if (h1 !== manifest.titles[url]) failed.push(url);
    }
    const search = await searchOffline(page, s.searchTerm);
    await context.setOffline(false);

    const edited = s.rebuild();
    manifest = readManifest(s.outDir);
    sizes = new Map(manifest.files.map((f) => [f[0], f[2]]));
    const updateFrom = log.length;
    // The reader comes back: the browser checks sw.js, the new worker installs and takes over.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          setTimeout(() => reject(new Error('the new worker did not take over within 60 s')), 60_000);
          navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
          void navigator.serviceWorker.getRegistration().then((r) => r?.update());
        }),
    );
    await settle(log);
    const update = phase(updateFrom);

    return {
      siteBytes: manifest.totalBytes,
      siteFiles: manifest.files.length,
      budgetBytes: manifest.budgetBytes,
      precacheAll: manifest.all,
      firstVisit: { ...first, pageLoad, background },
      save: { ...save, section: s.section, pages: target.pages, sectionBytes: target.bytes, expected },
      offline: { pagesOpened: urls.length, pagesFailed: failed, searchResults: search.results, searchStatus: search.status },
      update: { ...update, editedPage: edited },
    };
  } finally {
    await context.close();
    await server.close();
  }
}

/** Opens "Save for offline" by keyboard and saves this page's section. */
export async function saveSection(page: Page, title: string): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Save(d)? for offline/ });
  await toggle.focus();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('Enter');
  const save = page.getByRole('button', { name: `Save ${title} for offline reading` });
  await save.waitFor({ timeout: 30_000 });
  await save.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: `Saved ${title}` }).waitFor({ timeout: 300_000 });
}

/** Searches with the network cut; the number of results shown and the status line. */
export async function searchOffline(page: Page, term: string): Promise<{ results: number; status: string }> {
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search the docs' });
  await box.fill(term);
  const status = page.locator('.search-status');
  await status.filter({ hasText: `“${term}”` }).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  return { results: await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').count(), status: (await status.textContent()) ?? '' };
}
