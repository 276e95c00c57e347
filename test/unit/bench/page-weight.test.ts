import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { pageAssetRefs, pageWeight, resolveAssetPath, staticImports } from '../../../scripts/bench/page-weight.ts';

const files: Record<string, string> = {
  '/_astro/site.css': 'body{color:red}'.repeat(20),
  '/_astro/page.js': 'import{a as b}from"./chunk.js";import"./side.js";b();const later=()=>import("./search.js");',
  '/_astro/chunk.js': 'export const a=()=>1;',
  '/_astro/side.js': 'console.log(1);',
  '/_astro/search.js': 'x'.repeat(5000),
};
const read = (path: string) => files[path] ?? null;

const html = `<!doctype html><html><head>
<link rel="icon" href="/favicon.svg"><link rel=stylesheet href="../_astro/site.css">
<link rel="stylesheet" href="https://fonts.example/x.css">
<style>h1{margin:0}</style>
<script type="application/ld+json">{"a":1}</script>
<script type="module" src="/_astro/page.js"></script>
<script>document.documentElement.dataset.js = "1"</script>
</head><body><h1>Hi</h1></body></html>`;

test('references: stylesheets, scripts and inline blocks, not icons or data blocks', () => {
  const refs = pageAssetRefs(html);
  assert.deepEqual(refs.css, ['../_astro/site.css', 'https://fonts.example/x.css']);
  assert.deepEqual(refs.js, ['/_astro/page.js']);
  assert.deepEqual(refs.inlineCss, ['h1{margin:0}']);
  assert.deepEqual(refs.inlineJs, ['document.documentElement.dataset.js = "1"']);
});

test('markup held as text in an attribute or a code block is no reference', () => {
  const page = `<link rel="stylesheet" href="/_astro/site.css"><pre><code>&lt;script src="node_modules/x.js"&gt;&lt;/script&gt;</code></pre>
<button data-copy="<script src=&quot;node_modules/x.js&quot;></script><link rel=stylesheet href=&quot;y.css&quot;>">Copy</button>`;
  const refs = pageAssetRefs(page);
  assert.deepEqual([refs.css, refs.js, refs.inlineJs], [['/_astro/site.css'], [], []]);
});

test('URLs resolve against the page; other origins are not counted', () => {
  assert.equal(resolveAssetPath('/guide/page/', '../../_astro/a.css'), '/_astro/a.css');
  assert.equal(resolveAssetPath('/docs/x/', '/docs/_astro/a.js?v=1'), '/docs/_astro/a.js');
  assert.equal(resolveAssetPath('/x/', 'https://cdn.example/a.js'), null);
});

test('static imports are followed, dynamic import() is not', () => {
  assert.deepEqual(staticImports(files['/_astro/page.js'] ?? ''), ['./chunk.js', './side.js']);
  assert.deepEqual(staticImports('export*from"./re.js";export{x}from\'./y.js\''), ['./re.js', './y.js']);
});

test('a page weighs its HTML plus the CSS and JS it loads, raw and gzipped', () => {
  const w = pageWeight(html, '/guide/', read);
  assert.deepEqual(w.assets, ['/_astro/site.css', '/_astro/page.js', '/_astro/chunk.js', '/_astro/side.js']);
  const gz = (s: string) => gzipSync(s).length;
  assert.deepEqual(w.html, { raw: Buffer.byteLength(html), gzip: gz(html) });
  assert.deepEqual(w.css, { raw: 300 + 12, gzip: gz(files['/_astro/site.css'] ?? '') + gz('h1{margin:0}') });
  const js = ['/_astro/page.js', '/_astro/chunk.js', '/_astro/side.js'].map((p) => files[p] ?? '');
  const inline = 'document.documentElement.dataset.js = "1"';
  assert.equal(w.js.raw, js.join('').length + inline.length);
  assert.equal(w.js.gzip, js.reduce((n, s) => n + gz(s), 0) + gz(inline));
});

test('a referenced file missing from the site is an error naming the page', () => {
  assert.throws(() => pageWeight('<script src="/_astro/gone.js"></script>', '/a/', read), /\/a\/ references \/_astro\/gone\.js/);
});
