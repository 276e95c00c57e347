import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allBrowserBuilds, chromiumBuilds, todaysChromium, type BrowserBuild } from '../../scripts/browser-builds.ts';

/** The browsers readers run, found once per test file: the pinned and the newest Chromium, then Firefox. */
export const READER_BROWSERS: readonly BrowserBuild[] = await allBrowserBuilds();
/**
 * The Chromiums alone, for Playwright suites where the engine's version matters: the service
 * worker, offline and search with the server stopped.
 */
export const CHROMIUMS: readonly BrowserBuild[] = await chromiumBuilds();
/** The newest Chromium alone (the pinned one on a machine without it), for the other Playwright suites. */
export const TODAYS_CHROMIUM: readonly BrowserBuild[] = await todaysChromium();

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
