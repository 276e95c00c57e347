import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mapAtMost, openSite, PAGES_AT_ONCE, watchPage, type SiteSession } from '../helpers/site-session.ts';
import { axeViolations } from '../helpers/axe-violations.ts';
import { TODAYS_CHROMIUM, eachBrowser } from '../helpers/browsers.ts';

// The suite runs twice: at the root, and under /docs/ with the strict CSP header. axe runs at the
// root only: the base changes hrefs, not structure or colour, and a style or script the CSP
// blocks is a console error, which the other configuration fails on.
eachBrowser(TODAYS_CHROMIUM, (build) => {
  for (const config of [{ name: 'every-page-root', base: undefined, csp: false, axe: true }, { name: 'every-page-docs-csp', base: '/docs/', csp: true, axe: false }]) {
    describe(`every page (${config.base ?? '/'}${config.csp ? ', strict CSP' : ''})`, () => {
      let site: SiteSession;
      before(async () => {
        site = await openSite(config.name, { base: config.base, csp: config.csp, chromium: build.path });
      });
      after(async () => site?.close());

      test('the site has pages to check', () => {
        assert.ok(site.pages.length >= 5, `${site.pages.length} pages`);
      });

      test('no console errors, failed requests or requests to other hosts', async () => {
        const origin = new URL(site.server.url).origin;
        const problems = await mapAtMost(site.pages, PAGES_AT_ONCE, async (url) => {
          const page = await site.browser.newPage();
          try {
            const seen = watchPage(page, origin);
            const res = await page.goto(url, { waitUntil: 'networkidle' });
            assert.equal(res?.status(), 200, url);
            return seen.map((p) => `${url}: ${p}`);
          } finally {
            await page.close();
          }
        });
        assert.deepEqual(problems.flat(), []);
      });

      if (config.axe) test('axe finds no WCAG 2.2 AA violations and no best-practice problems in light and dark', async () => {
        // The 404 page too, which readers meet at any unknown address.
        const urls = [...site.pages, `${site.server.url}no-such-page/`];
        const contexts = { light: await site.browser.newContext({ colorScheme: 'light' }), dark: await site.browser.newContext({ colorScheme: 'dark' }) };
        const visits = (['light', 'dark'] as const).flatMap((colorScheme) => urls.map((url) => ({ colorScheme, url })));
        try {
          const problems = await mapAtMost(visits, PAGES_AT_ONCE, async ({ colorScheme, url }) => {
            const page = await contexts[colorScheme].newPage();
            try {
              await page.goto(url);
              return (await axeViolations(page)).map((v) => `${colorScheme} ${url}: ${v}`);
            } finally {
              await page.close();
            }
          });
          assert.deepEqual(problems.flat(), []);
        } finally {
          await Promise.all(Object.values(contexts).map((c) => c.close()));
        }
      });

      test('at 320 px nothing but code scrolls sideways', async () => {
        const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
        const problems = await mapAtMost(site.pages, PAGES_AT_ONCE, async (url) => {
          const page = await context.newPage();
          await page.goto(url);
          const overflow = await page.evaluate(() => {
            const width = document.documentElement.clientWidth;
            const wide = [...document.querySelectorAll('body *')].filter((el) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.right > width + 1 && !el.closest('pre') && getComputedStyle(el).position !== 'absolute';
            });
            return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 3).map((el) => el.tagName + '.' + el.className) };
          });
          await page.close();
          return overflow.scroll > 0 || overflow.wide.length > 0 ? [`${url}: scrolls ${overflow.scroll}px; ${overflow.wide.join(', ')}`] : [];
        });
        await context.close();
        assert.deepEqual(problems.flat(), []);
      });

      test('a skip link first, visible focus, and named landmarks', async () => {
        // One context, so the service worker installs and precaches once, not once per page.
        const context = await site.browser.newContext();
        await mapAtMost(site.pages, PAGES_AT_ONCE, async (url) => {
          const page = await context.newPage();
          await page.goto(url);
          await page.keyboard.press('Tab');
          const focused = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const style = getComputedStyle(el);
            const r = el.getBoundingClientRect();
            return { text: el.textContent?.trim(), href: el.getAttribute('href'), outline: style.outlineStyle, onScreen: r.right > 0 && r.bottom > 0 };
          });
          assert.equal(focused.text, 'Skip to content', url);
          assert.equal(focused.href, '#main', url);
          assert.notEqual(focused.outline, 'none', `${url}: focus has no outline`);
          assert.ok(focused.onScreen, `${url}: focused skip link is off screen`);
          for (const role of ['banner', 'main', 'contentinfo'] as const) {
            assert.equal(await page.getByRole(role).count(), 1, `${url}: one ${role}`);
          }
          const navs = await page.getByRole('navigation').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.getAttribute('aria-labelledby')));
          assert.ok(navs.every(Boolean), `${url}: every nav has a name (${navs})`);
          await page.close();
        });
        await context.close();
      });

      test('print hides navigation chrome and does not clip code', async () => {
        const page = await site.browser.newPage();
        await page.goto(`${site.server.url}get-started/containers/`);
        await page.emulateMedia({ media: 'print' });
        const result = await page.evaluate(() => ({
          // Rendered at all (a hidden ancestor hides it too); the article's own header stays.
          chrome: [...document.querySelectorAll('body > header, body > footer, nav, .skip-link, [data-search]')]
            .filter((el) => el.getClientRects().length > 0)
            .map((el) => `${el.tagName}.${el.className}`),
          clipped: [...document.querySelectorAll('pre')].filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length,
        }));
        assert.deepEqual(result.chrome, []);
        assert.equal(result.clipped, 0);
        await page.close();
      });

      test('an unknown URL shows the 404 page with a way home, status 404', async () => {
        const page = await site.browser.newPage();
        const res = await page.goto(`${site.server.url}no/such/page/`);
        assert.equal(res?.status(), 404);
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Page not found');
        assert.equal(await page.getByRole('link', { name: 'Go to the home page' }).getAttribute('href'), new URL(site.server.url).pathname);
        await page.close();
      });
    });
  }
});
