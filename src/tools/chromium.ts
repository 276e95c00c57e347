import { chromium, type Browser } from 'playwright-core';
import { newestChromium, pinnedChromium } from '../../scripts/browser-builds.ts';

/** Flags that keep Chromium from calling home on this closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Finds a Chromium for the scripts (screenshots, bench): `CHROMIUM_PATH` or the newest system
 * browser, else the build `@sparticuz/chromium` ships. Throws with what to install when there is none.
 */
export async function resolveChromium(): Promise<string> {
  const newest = newestChromium();
  if (newest.path) return newest.path;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which is not a browser that runs.`);
  const pinned = await pinnedChromium();
  if (pinned.path) return pinned.path;
  throw new Error(`No Chromium found. Install one with \`${newest.install}\`, or run \`${pinned.install}\`.`);
}

/** Launches a Chromium headless with the project's flags: the given executable, else the one resolved. */
export async function launchChromium(executablePath?: string): Promise<Browser> {
  return chromium.launch({ executablePath: executablePath ?? (await resolveChromium()), args: CHROMIUM_ARGS });
}
