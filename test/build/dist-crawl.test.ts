import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkDist } from '../../scripts/check-dist.ts';
import { readRouteTable } from '../../src/pipeline/route-table-file.ts';
import { sharedBuild, ROOT } from '../helpers/build-site.ts';
import { buildRouteTable } from '../../src/lib/site/routes.ts';

test('the crawl finds every kind of broken reference in a built site', () => {
  const dir = join(ROOT, 'test/.out/dist-crawl-broken');
  rmSync(dir, { recursive: true, force: true });
  const write = (rel: string, html: string) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), html);
  };
  write('index.html', '<h2 id="top">Top</h2><a href="/docs/a/#top">ok</a><a href="/docs/a/#nope">x</a><a href="/docs/b/">x</a><img src="../docs/pic.png" srcset="/docs/pic.png 1x, /docs/big.png 2x"><a href="/elsewhere/">x</a><a href="#top">ok</a><a href="#gone">x</a><a href="https://example.com/">ext</a>');
  write('a/index.html', '<h2 id="top">A</h2><a href="../">ok</a><a href="./missing.html">x</a>');
  write('pic.png', 'png');
  // The table has a page that was never built, and Markdown copies nobody wrote: the crawl names them first.
  const sources = ['index.mdx', 'a/index.mdx', 'c.mdx'].map((source) => ({ id: source.replace(/\.mdx$/, ''), source }));
  write('404.html', '<p>Not found</p>');
  write('offline/index.html', '<p>Not saved for offline reading</p>');
  assert.deepEqual(checkDist(dir, buildRouteTable(sources, { site: 'https://example.org', base: '/docs/' })), {
    checked: 11,
    problems: [
      'route table: /docs/a/index.md was never built (a/index.md)',
      'route table: /docs/c/ was never built (c/index.html)',
      'route table: /docs/c/index.md was never built (c/index.md)',
      'route table: /docs/index.md was never built (index.md)',
      'index.html: <a href="/docs/a/#nope"> names no id on a/index.html',
      'index.html: <a href="/docs/b/"> leads to no file (b/index.html)',
      'index.html: <img srcset="/docs/big.png"> leads to no file (big.png)',
      'index.html: <a href="/elsewhere/"> is outside the base path /docs/',
      'index.html: <a href="#gone"> names no id on index.html',
      'a/index.html: <a href="./missing.html"> leads to no file (a/missing.html)',
    ],
  });
});

test('the crawl follows the links of Markdown copies and llms.txt, absolute URLs on the site included', () => {
  const dir = join(ROOT, 'test/.out/dist-crawl-markdown');
  rmSync(dir, { recursive: true, force: true });
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  write('a/index.html', '<h2 id="top">A</h2>');
  write('a/index.md', '# A\n\n[ok](https://example.com/docs/a/#top) [x](https://example.com/docs/a/#gone) [x](https://example.com/docs/b/) [ok](../a/) [ext](https://example.org/docs/b/)\n\n[x]: https://example.com/docs/pic.png\n');
  write('llms.txt', '# Site\n\n- [A](https://example.com/docs/a/index.md): ok\n- [B](https://example.com/docs/b/index.md): missing\n');
  write('notes.txt', '[not crawled](https://example.com/docs/none/)');
  write('index.html', '<p>Home</p>');
  write('index.md', '# Home\n');
  write('404.html', '<p>Not found</p>');
  write('offline/index.html', '<p>Not saved for offline reading</p>');
  const table = buildRouteTable([{ id: 'a/index', source: 'a/index.mdx' }], { site: 'https://example.com', base: '/docs/' });
  assert.deepEqual(checkDist(dir, table), {
    checked: 7,
    problems: [
      'a/index.md: link (https://example.com/docs/a/#gone) names no id on a/index.html',
      'a/index.md: link (https://example.com/docs/b/) leads to no file (b/index.html)',
      'a/index.md: definition (https://example.com/docs/pic.png) leads to no file (pic.png)',
      'llms.txt: link (https://example.com/docs/b/index.md) leads to no file (b/index.md)',
    ],
  });
});

for (const base of ['/', '/docs/']) {
  test(`every internal link and fragment of the real site resolves, built with BASE=${base}`, () => {
    const built = sharedBuild('content', { BASE: base });
    assert.equal(built.status, 0, built.output);
    const { problems, checked } = checkDist(built.outDir, readRouteTable(built.cacheDir, built.outDir));
    assert.deepEqual(problems, []);
    assert.ok(checked >= 20, `only ${checked} references followed`);
  });
}
