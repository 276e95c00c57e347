import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { sharedBuild, htmlFiles, ROOT } from '../helpers/build-site.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/static-server.ts';
import { eachBrowser } from '../helpers/browsers.ts';
import { PINNED, UPDATE_COMMAND, UPDATING, baselineContext, launchBaselineChromium, normaliseVarying, openForBaseline } from '../helpers/baseline-browser.ts';
import { baselineGaps, baselineName } from '../helpers/baselines/baseline-files.ts';
import { unifiedDiff } from '../helpers/baselines/unified-diff.ts';

// The accessibility tree of every page of the real site, against test/expected/aria/: a change to a
// page's structure (a heading, a landmark, a link's name) shows in review as a diff of one file.
const BASELINES = join(ROOT, 'test/expected/aria');
const shown = (file: string) => `test/expected/aria/${file}`;

eachBrowser(PINNED, (build) => {
  describe('accessibility snapshots', () => {
    let browser: Browser;
    let server: RunningServer;
    /** Baseline file name → the page's ARIA snapshot. */
    const snapshots = new Map<string, { route: string; text: string }>();

    before(async () => {
      const site = sharedBuild('content');
      assert.equal(site.status, 0, site.output);
      server = await startStaticServer({ root: site.outDir });
      browser = await launchBaselineChromium(build.path);
      const context = await baselineContext(browser, { width: 1280, height: 800, colorScheme: 'light' });
      const page = await context.newPage();
      // Every page, the 404 too (served for any unknown address).
      const routes = htmlFiles(site.outDir).filter((f) => f.endsWith('index.html') || f === '404.html');
      for (const file of routes) {
        const url = file === '404.html' ? `${server.url}no-such-page/` : server.url + file.replace(/index\.html$/, '');
        await openForBaseline(page, url);
        await normaliseVarying(page);
        snapshots.set(baselineName(file, 'yml'), { route: new URL(url).pathname, text: `${await page.locator('body').ariaSnapshot()}\n` });
      }
      await context.close();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('every page has a baseline, and every baseline a page', () => {
      const present = existsSync(BASELINES) ? readdirSync(BASELINES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yml')) : [];
      const { missing, orphaned } = baselineGaps([...snapshots.keys()], present);
      if (UPDATING) {
        for (const file of orphaned) rmSync(join(BASELINES, file));
        return;
      }
      const problems = [
        ...missing.map((f) => `${snapshots.get(f)!.route} is a page with no baseline ${shown(f)}; if the page is new, run \`${UPDATE_COMMAND}\` and commit the file.`),
        ...orphaned.map((f) => `${shown(f)} is the baseline of a page the site no longer has; if the page was removed, run \`${UPDATE_COMMAND}\` (or delete the file).`),
      ];
      assert.equal(problems.length, 0, problems.join('\n'));
    });

    test("every page's ARIA tree matches its baseline", () => {
      const failures: string[] = [];
      for (const [file, { route, text }] of snapshots) {
        const path = join(BASELINES, file);
        if (!existsSync(path)) {
          if (UPDATING) write(path, text);
          continue; // reported by the test above
        }
        const expected = readFileSync(path, 'utf8');
        if (expected === text) continue;
        if (UPDATING) write(path, text);
        else failures.push(`${route} differs from ${shown(file)}:\n${unifiedDiff(expected, text, { before: shown(file), after: `${route} (this build)` })}`);
      }
      assert.equal(failures.length, 0, `${failures.join('\n')}\nIf these changes are meant, run \`${UPDATE_COMMAND}\` and commit the baselines.`);
    });
  });
});

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
