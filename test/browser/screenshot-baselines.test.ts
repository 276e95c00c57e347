import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { sharedBuild, ROOT } from '../helpers/build-site.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/static-server.ts';
import { eachBrowser } from '../helpers/browsers.ts';
import { FAILURES_DIR, PINNED, UPDATE_COMMAND, UPDATING, VARYING, baselineContext, launchBaselineChromium, openForBaseline } from '../helpers/baseline-browser.ts';
import { decodePng, encodePng } from '../helpers/baselines/png.ts';
import { comparePixels, type Tolerance } from '../helpers/baselines/pixel-diff.ts';

// One page of each template, in both themes at a phone's and a laptop's width, against the PNGs in
// test/expected/screenshots/: a change to how the site looks shows in review as changed images.
const BASELINES = join(ROOT, 'test/expected/screenshots');
const TEMPLATES = [
  { name: 'part', site: 'content', path: 'get-started/containers/', status: 200 },
  { name: 'series-index', site: 'content', path: 'get-started/', status: 200 },
  // The real content has no folder without an index page; the navigation fixture has one.
  { name: 'generated-section', site: 'test/fixtures/site-nav', path: 'extras/', status: 200 },
  { name: 'not-found', site: 'content', path: 'no-such-page/', status: 404 },
] as const;
const SIZES = [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
] as const;
const THEMES = ['light', 'dark'] as const;
// The same Chromium and fonts draw the same pixels run after run; the tolerance absorbs blending
// that moves a channel by a few steps on another CPU, and a handful of stray pixels (5 at 375 px,
// 20 at 1280 px). One letter changed in the side navigation changes more than that.
const TOLERANCE: Tolerance = { channel: 32, fraction: 0.00002 };
const MASK_COLOR = '#ff00ff';

const shotName = (name: string, width: number, theme: string) => `${name}-${width}-${theme}.png`;

eachBrowser(PINNED, (build) => {
  describe('screenshot baselines', () => {
    let browser: Browser;
    const servers = new Map<string, RunningServer>();

    before(async () => {
      for (const site of new Set(TEMPLATES.map((t) => t.site))) {
        const built = sharedBuild(site);
        assert.equal(built.status, 0, built.output);
        servers.set(site, await startStaticServer({ root: built.outDir }));
      }
      browser = await launchBaselineChromium(build.path);
      mkdirSync(FAILURES_DIR, { recursive: true });
    });
    after(async () => {
      await browser?.close();
      for (const server of servers.values()) await server.close();
    });

    test('every baseline belongs to a template and size shown here', () => {
      const expected = new Set(TEMPLATES.flatMap((t) => SIZES.flatMap((s) => THEMES.map((theme) => shotName(t.name, s.width, theme)))));
      const stray = existsSync(BASELINES) ? readdirSync(BASELINES).filter((f) => f.endsWith('.png') && !expected.has(f)) : [];
      if (UPDATING) for (const file of stray) rmSync(join(BASELINES, file));
      else assert.deepEqual(stray, [], `test/expected/screenshots/ holds images no template makes: delete them, or run \`${UPDATE_COMMAND}\``);
    });

    for (const template of TEMPLATES) {
      test(`${template.name} (/${template.path}) looks as its baselines show`, async () => {
        const failures: string[] = [];
        for (const size of SIZES) {
          for (const theme of THEMES) {
            const context = await baselineContext(browser, { ...size, colorScheme: theme });
            const page = await context.newPage();
            const status = await openForBaseline(page, servers.get(template.site)!.url + template.path);
            assert.equal(status, template.status, `${template.path} answered ${status}`);
            const png = await page.screenshot({ animations: 'disabled', caret: 'hide', mask: VARYING.map((s) => page.locator(s)), maskColor: MASK_COLOR });
            await context.close();
            const problem = compare(shotName(template.name, size.width, theme), png);
            if (problem) failures.push(problem);
          }
        }
        assert.equal(failures.length, 0, `${failures.join('\n')}\nIf these changes are meant, run \`${UPDATE_COMMAND}\` and commit the images.`);
      });
    }
  });
});

/** Compares one screenshot with its baseline; returns what is wrong, or '' (writing the baseline when updating). */
function compare(file: string, png: Uint8Array): string {
  const baseline = join(BASELINES, file);
  const actual = decodePng(png);
  if (!existsSync(baseline)) {
    if (UPDATING) return save(baseline, encodePng(actual));
    const out = save(join(FAILURES_DIR, file.replace(/\.png$/, '-actual.png')), png);
    return `test/expected/screenshots/${file} does not exist (a new template or size?); this build's image is ${out}. Run \`${UPDATE_COMMAND}\` to make it.`;
  }
  const result = comparePixels(decodePng(readFileSync(baseline)), actual, TOLERANCE);
  if (result.same) return '';
  if (UPDATING) return save(baseline, encodePng(actual));
  const actualPath = save(join(FAILURES_DIR, file.replace(/\.png$/, '-actual.png')), png);
  const diffPath = result.diff.width ? save(join(FAILURES_DIR, file.replace(/\.png$/, '-diff.png')), encodePng(result.diff)) : '';
  return `test/expected/screenshots/${file}: ${result.reason}. This build: ${actualPath}${diffPath ? `; differences in red: ${diffPath}` : ''}.`;
}

/** Writes a file and returns its path from the repository's root ('' when updating, where nothing is to report). */
function save(path: string, bytes: Uint8Array): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, bytes);
  return UPDATING && path.startsWith(BASELINES) ? '' : relative(ROOT, path);
}
