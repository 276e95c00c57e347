import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that keep Chromium from calling home on this closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * Finds a Chromium: `CHROMIUM_PATH`, else a system browser, else the Linux build that the
 * `@sparticuz/chromium` package ships. Throws with what to install when there is none.
 */
export async function resolveChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
  if (system) return system;
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    return await packaged.executablePath();
  } catch (err) {
    throw new Error(
      `No Chromium found for the browser tests (${err instanceof Error ? err.message : err}). ` +
        'Install one with `apt-get install -y chromium`, run `npm ci` to get @sparticuz/chromium, or set CHROMIUM_PATH.',
    );
  }
}

/** Launches the resolved Chromium headless with the project's flags. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await resolveChromium(), args: CHROMIUM_ARGS });
}
