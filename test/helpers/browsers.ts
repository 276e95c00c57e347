import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { systemFirefox, todaysChromium, type BrowserBuild } from '../../scripts/browser-builds.ts';

/**
 * The newest Chromium alone (the pinned one on a machine without it, outside CI): the suites
 * whose checks are Chromium's alone (layout, axe, tabs, copy, the Playwright offline and search suites).
 */
export const TODAYS_CHROMIUM: readonly BrowserBuild[] = await todaysChromium();
/**
 * The engines readers run today, for what a reader does and what turns on the engine (reading and
 * moving through the series, offline with the server stopped): the newest Chromium, then Firefox.
 * The pinned Chromium takes only the review baselines, whose pixels must not move with the machine.
 */
export const READER_BROWSERS: readonly BrowserBuild[] = [...TODAYS_CHROMIUM, systemFirefox()];

export type InstalledBuild = BrowserBuild & { path: string };

/**
 * Declares `suite` once per browser, in a `describe` named by the browser and its version. A browser
 * that is not installed is a skip that says how to install it, and a failing test under `CI`.
 */
export function eachBrowser(builds: readonly BrowserBuild[], suite: (build: InstalledBuild) => void): void {
  for (const build of builds) {
    if (build.path) describe(build.label, () => suite(build as InstalledBuild));
    else if (process.env.CI) describe(build.label, () => test('is installed', () => assert.fail(`${build.label} is missing. Install: ${build.install}`)));
    else describe(build.label, { skip: `not installed; install: ${build.install}` }, () => undefined);
  }
}
