import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';

/**
 * The browsers the tests run on: the newest Chromium the machine has (Debian's `chromium`, or
 * Google Chrome on GitHub's runner) and Firefox (Debian's `firefox-esr`, driven over WebDriver
 * BiDi), as readers run them; and the Chromium the project pins (`@sparticuz/chromium`), for the
 * review baselines, whose pixels must not move with the machine, and for machines without a
 * Chromium. A browser that is not there is listed with the line that installs it.
 */
export interface BrowserBuild {
  id: 'chromium-pinned' | 'chromium-newest' | 'firefox';
  engine: 'chromium' | 'firefox';
  /** How the run names it: `Chromium 156.0.8078.129 (newest, /usr/bin/chromium)`. */
  label: string;
  /** The executable; missing when the browser is not installed. */
  path?: string;
  version?: string;
  /** What to run on a developer's machine to get it. */
  install: string;
}

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const SYSTEM_FIREFOXES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The version an executable prints for `--version` (`Chromium 156.0.8078.129 …`, `Mozilla Firefox 153.8.0esr`). */
export function browserVersion(path: string): string | undefined {
  const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return /(\d+(?:\.\d+)+(?:esr)?)/.exec(`${run.stdout ?? ''}`)?.[1];
}

/** Compares dotted versions numerically. */
function newer(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10));
  const pb = b.split('.').map((n) => Number.parseInt(n, 10));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** The pinned Chromium: the build `@sparticuz/chromium` unpacks (Linux x64 only). */
export async function pinnedChromium(): Promise<BrowserBuild> {
  const install = 'npm ci (the @sparticuz/chromium package ships it, for Linux x64)';
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    const path = await packaged.executablePath();
    const version = browserVersion(path);
    return { id: 'chromium-pinned', engine: 'chromium', path, version, label: `Chromium ${version ?? '?'} (pinned, @sparticuz/chromium)`, install };
  } catch {
    return { id: 'chromium-pinned', engine: 'chromium', label: 'Chromium (pinned, @sparticuz/chromium)', install };
  }
}

/** The newest system Chromium or Chrome; `CHROMIUM_PATH` names one instead. */
export function newestChromium(fromEnv = process.env.CHROMIUM_PATH): BrowserBuild {
  const install = 'sudo apt-get install -y chromium (Debian, Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome';
  const candidates = fromEnv ? [fromEnv] : SYSTEM_CHROMIUMS;
  const found = [...new Set(candidates.filter((p) => existsSync(p)).map((p) => realpathSync(p)))]
    .map((path) => ({ path, version: browserVersion(path) }))
    .filter((c): c is { path: string; version: string } => c.version !== undefined)
    .sort((a, b) => newer(b.version, a.version))[0];
  if (!found) return { id: 'chromium-newest', engine: 'chromium', label: `Chromium (newest on this machine${fromEnv ? `, CHROMIUM_PATH=${fromEnv}` : ''})`, install };
  const shown = candidates.find((p) => existsSync(p) && realpathSync(p) === found.path) ?? found.path;
  return { id: 'chromium-newest', engine: 'chromium', path: found.path, version: found.version, label: `Chromium ${found.version} (newest, ${shown})`, install };
}

/** Firefox: `FIREFOX_PATH`, else Debian's `firefox-esr` or a `firefox`. */
export function systemFirefox(fromEnv = process.env.FIREFOX_PATH): BrowserBuild {
  const install = 'sudo apt-get install -y firefox-esr (Debian), or set FIREFOX_PATH to a Firefox';
  const path = (fromEnv ? [fromEnv] : SYSTEM_FIREFOXES).find((p) => existsSync(p));
  const version = path ? browserVersion(path) : undefined;
  if (!path || !version) return { id: 'firefox', engine: 'firefox', label: 'Firefox', install };
  return { id: 'firefox', engine: 'firefox', path, version, label: `Firefox ${version} (${path})`, install };
}

/**
 * The one Chromium for suites that run on Chromium alone (layout, axe, tabs, copy, the
 * Playwright offline and search suites): the newest on this machine, as readers run. Outside CI, a machine with none
 * uses the pinned one instead; under CI a missing newest Chromium fails.
 */
export async function todaysChromium(ci = Boolean(process.env.CI)): Promise<BrowserBuild[]> {
  const newest = newestChromium();
  return newest.path || ci ? [newest] : [await pinnedChromium()];
}

/** All three, once each when the pinned and the newest Chromium are the same build: the Chromiums, then Firefox. */
export async function allBrowserBuilds(): Promise<BrowserBuild[]> {
  const pinned = await pinnedChromium();
  const newest = newestChromium();
  const chromiums = pinned.path && newest.path && pinned.version === newest.version ? [pinned] : [pinned, newest];
  return [...chromiums, systemFirefox()];
}

const HELP = `Usage: node scripts/browser-builds.ts

Prints one line per browser the tests run on (the pinned Chromium, the newest Chromium on this
machine, Firefox) with its version, or how to install it when it is missing. CHROMIUM_PATH and
FIREFOX_PATH choose other executables.`;

if (import.meta.main) {
  if (process.argv.includes('--help')) {
    console.log(HELP);
  } else {
    for (const b of await allBrowserBuilds()) console.log(b.path ? `browser: ${b.label}` : `browser: ${b.label} is missing; browser tests on it are skipped (a failure under CI). Install: ${b.install}`);
  }
}
