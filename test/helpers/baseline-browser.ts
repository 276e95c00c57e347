import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { pinnedChromium, type BrowserBuild } from '../../scripts/browser-builds.ts';
import { CHROMIUM_ARGS } from '../../src/tools/chromium.ts';
import { ROOT } from './build-site.ts';

/**
 * The review baselines (ARIA snapshots, screenshots) are taken in the pinned Chromium alone: a
 * system browser's version, and so its rendering, changes under us.
 */
export const PINNED: readonly BrowserBuild[] = [await pinnedChromium()];

/** The one command that rewrites every baseline that no longer matches. */
export const UPDATE_COMMAND = 'npm run baselines:update';

/** True when the run should write baselines instead of failing (never under CI, where a test must be able to fail). */
export const UPDATING = process.env.UPDATE_BASELINES === '1' && !process.env.CI;

/** Where a failing screenshot's actual and diff images go (git ignores it). */
export const FAILURES_DIR = join(ROOT, 'test/.out/baselines');

/**
 * Parts of a page that change with the day or the machine, not with the site: the date of the
 * last commit to a page, and the Ready offline line (filled in by the service worker).
 */
export const VARYING = ['.page-meta time', '[data-offline-ready]'] as const;

/**
 * Launches the pinned Chromium with the fonts it ships (Open Sans) and no others, so a page
 * renders the same on any Linux x64 machine whatever fonts it has installed.
 */
export async function launchBaselineChromium(executablePath: string): Promise<Browser> {
  const fonts = join(dirname(executablePath), 'fonts');
  if (!existsSync(fonts)) throw new Error(`The pinned Chromium's fonts are not at ${fonts}; run npm ci again.`);
  const config = join(ROOT, 'test/.out/fontconfig');
  mkdirSync(config, { recursive: true });
  const file = join(config, 'fonts.conf');
  const text = `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fonts}</dir>\n  <cachedir>${join(config, 'cache')}</cachedir>\n</fontconfig>\n`;
  // Written whole and renamed into place: the other test file's Chromium may be reading it.
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    writeFileSync(`${file}.${process.pid}`, text);
    renameSync(`${file}.${process.pid}`, file);
  }
  return chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, '--font-render-hinting=none', '--force-color-profile=srgb'],
    env: { ...process.env, FONTCONFIG_PATH: config, FONTCONFIG_FILE: file },
  });
}

/**
 * A fresh context with everything that could vary fixed: no service worker (so no Ready offline
 * line), one locale and time zone, no motion, one device pixel per CSS pixel.
 */
export function baselineContext(browser: Browser, options: { width: number; height: number; colorScheme: 'light' | 'dark' }): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: options.width, height: options.height },
    colorScheme: options.colorScheme,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
    locale: 'en-GB',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
}

/** Opens a URL and waits until its scripts and fonts have settled; returns the HTTP status. */
export async function openForBaseline(page: Page, url: string): Promise<number> {
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return response?.status() ?? 0;
}

/** Replaces the text of the parts that vary (see VARYING) by a fixed word, for the ARIA tree. */
export async function normaliseVarying(page: Page): Promise<void> {
  await page.evaluate((selectors) => {
    for (const el of document.querySelectorAll(selectors.join(','))) {
      el.textContent = el.tagName === 'TIME' ? '(date)' : '(varies)';
      el.removeAttribute('datetime');
    }
  }, [...VARYING]);
}
