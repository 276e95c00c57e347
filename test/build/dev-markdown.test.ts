import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDevServer } from '../helpers/dev-server.ts';
import { ROOT } from '../helpers/build-site.ts';
import { buildSettings } from '../../src/io/build-settings.ts';

const EXPECTED = join(ROOT, 'test/expected/site-markdown');

test('npm run dev serves the pages, their Markdown copies and llms.txt as the build writes them, and follows edits', async () => {
  // A copy of the fixture, since the test edits a page.
  const content = join(ROOT, 'test/.out/dev-markdown-content');
  rmSync(content, { recursive: true, force: true });
  cpSync(join(ROOT, 'test/fixtures/site-markdown'), content, { recursive: true });
  const dev = await startDevServer('dev-markdown', content, { BASE: '/docs/', SITE: 'https://example.com' });
  try {
    // Astro skips the content sync, and with it every later edit, when its content config is
    // still loading as the server starts.
    assert.doesNotMatch(dev.output(), /Content config not loaded/);
    const copy = await fetch(`${dev.url}tour/build/index.md`);
    assert.equal(copy.status, 200, dev.output());
    assert.equal(copy.headers.get('content-type'), 'text/markdown; charset=utf-8');
    assert.equal(await copy.text(), readFileSync(join(EXPECTED, 'tour-build.md'), 'utf8'));
    assert.equal(await (await fetch(`${dev.url}llms.txt`)).text(), readFileSync(join(EXPECTED, 'llms.txt'), 'utf8'));
    const full = await (await fetch(`${dev.url}llms-full.txt`)).text();
    assert.ok(full.includes(readFileSync(join(EXPECTED, 'tour-build.md'), 'utf8')), 'llms-full.txt lacks the tour/build copy');

    // The page itself renders from the HTML the content loader kept outside the data store.
    const html = await (await fetch(`${dev.url}tour/build/`)).text();
    assert.match(html, /<h2 id="write-the-file">Write the file<\/h2>/, dev.output());
    // Astro saves the dev data store a moment after its sync: it must hold the page, not its HTML.
    const store = join(buildSettings({ CACHE_DIR: dev.cacheDir }).astroRoot, '.astro/data-store.json');
    for (let tries = 0; !(existsSync(store) && readFileSync(store, 'utf8').includes('tour/build')); tries++) {
      assert.ok(tries < 100, 'the dev data store was never written');
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.doesNotMatch(readFileSync(store, 'utf8'), /Write the file<\/h2>/);

    const page = join(content, 'tour/build.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^title: .*$/m, 'title: Build it again').replace('## Write the file', '## Write the Dockerfile'));
    assert.match(await (await fetch(`${dev.url}tour/build/index.md`)).text(), /^# Build it again\n/);
    assert.match(await (await fetch(`${dev.url}llms.txt`)).text(), /\[Part \d+: Build it again\]/);
    assert.equal((await fetch(`${dev.url}no-such-page/index.md`)).status, 404);
    // The dev server re-renders the edited page once its watcher has seen the change.
    for (let tries = 0; !(await (await fetch(`${dev.url}tour/build/`)).text()).includes('Write the Dockerfile</h2>'); tries++) {
      assert.ok(tries < 100, `the edited page was never served:\n${dev.output()}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    // A page edited into a broken state: its own copy says why, the other copies still serve.
    writeFileSync(join(content, 'tour/run.mdx'), '---\ntitle: Run\n---\n\nNo description.\n');
    const broken = await fetch(`${dev.url}tour/run/index.md`);
    assert.equal(broken.status, 500);
    assert.match(await broken.text(), /tour\/run\.mdx:\d+:\d+.*description/s);
    assert.equal((await fetch(`${dev.url}tour/build/index.md`)).status, 200);
    assert.equal((await fetch(`${dev.url}llms.txt`)).status, 200);
  } finally {
    await dev.stop();
  }
});
