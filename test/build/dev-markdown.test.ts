import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDevServer } from '../helpers/dev-server.ts';
import { ROOT } from '../helpers/build-site.ts';

const EXPECTED = join(ROOT, 'test/expected/site-markdown');

test('npm run dev serves the Markdown copies and llms.txt as the build writes them, and follows edits', async () => {
  // A copy of the fixture, since the test edits a page.
  const content = join(ROOT, 'test/.out/dev-markdown-content');
  rmSync(content, { recursive: true, force: true });
  cpSync(join(ROOT, 'test/fixtures/site-markdown'), content, { recursive: true });
  const dev = await startDevServer('dev-markdown', content, { BASE: '/docs/', SITE: 'https://example.com' });
  try {
    const copy = await fetch(`${dev.url}tour/build/index.md`);
    assert.equal(copy.status, 200, dev.output());
    assert.equal(copy.headers.get('content-type'), 'text/markdown; charset=utf-8');
    assert.equal(await copy.text(), readFileSync(join(EXPECTED, 'tour-build.md'), 'utf8'));
    assert.equal(await (await fetch(`${dev.url}llms.txt`)).text(), readFileSync(join(EXPECTED, 'llms.txt'), 'utf8'));
    const full = await (await fetch(`${dev.url}llms-full.txt`)).text();
    assert.ok(full.includes(readFileSync(join(EXPECTED, 'tour-build.md'), 'utf8')), 'llms-full.txt lacks the tour/build copy');

    const page = join(content, 'tour/build.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^title: .*$/m, 'title: Build it again'));
    assert.match(await (await fetch(`${dev.url}tour/build/index.md`)).text(), /^# Build it again\n/);
    assert.match(await (await fetch(`${dev.url}llms.txt`)).text(), /\[Part \d+: Build it again\]/);
    assert.equal((await fetch(`${dev.url}no-such-page/index.md`)).status, 404);
  } finally {
    await dev.stop();
  }
});
