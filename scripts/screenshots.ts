import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../src/tools/static-server.ts';
import { launchChromium } from '../src/tools/chromium.ts';

const HELP = `Usage: npm run screenshots [-- --no-build --dir dist --out docs/screenshots --page get-started/containers/]

Builds the site (unless --no-build), serves it, and saves the page at 375 px and 1280 px wide,
in the light and the dark theme, as PNG files: <out>/<name>-<width>-<theme>.png.`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    'no-build': { type: 'boolean', default: false },
    dir: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'docs/screenshots' },
    page: { type: 'string', default: 'get-started/containers/' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

if (!values['no-build']) {
  const built = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, OUT_DIR: values.dir, BASE: '/' } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const SIZES = [
  { width: 375, height: 812 },
  { width: 1280, height: 860 },
] as const;
const name = values.page.replace(/^\/|\/$/g, '').split('/').pop() || 'home';
mkdirSync(values.out, { recursive: true });
const server = await startStaticServer({ root: values.dir });
const browser = await launchChromium();
try {
  for (const size of SIZES) {
    for (const theme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: size, colorScheme: theme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const response = await page.goto(`${server.url}${values.page.replace(/^\//, '')}`);
      if (!response?.ok()) throw new Error(`${values.page} answered ${response?.status()}; is the site built?`);
      const file = join(values.out, `${name}-${size.width}-${theme}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
