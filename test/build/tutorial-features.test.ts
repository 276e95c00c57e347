import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { lazySharedBuild, htmlFiles, readPage } from '../helpers/build-site.ts';

/** Tabs, terminal sessions with output, and a series whose parts have their glance fields. */
const site = lazySharedBuild('test/fixtures/site-tutorial');
const one = () => readPage(site.outDir, 'tour/one/index.html');

/** Every match of `pattern` (global) in `text`, as arrays of groups. */
const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)];
/** The module scripts a page loads, by file name. */
const scripts = (html: string) => all(html, /<script type="module" src="\/_astro\/([^"]+)"/g).map((m) => m[1]!);

test('the tutorial fixture builds and every page is valid HTML', async () => {
  assert.equal(site.status, 0, site.output);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const page of htmlFiles(site.outDir)) {
    const report = await validator.validateFile(join(site.outDir, page));
    for (const r of report.results) for (const m of r.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  assert.deepEqual(problems, []);
});

test('a tab group is the WAI-ARIA tabs pattern, with the tab list hidden and every panel shown until the script runs', () => {
  const html = one();
  const group = html.slice(html.indexOf('<div class="tabs" data-tabs="os">'), html.indexOf('<h2 id="list-the-nodes">'));
  assert.match(group, /<div class="tabs-list" role="tablist" hidden data-pagefind-ignore>/);
  const tabs = all(group, /<button type="button" role="tab" id="([^"]+)" aria-controls="([^"]+)" aria-selected="(true|false)" tabindex="(0|-1)" data-value="([^"]+)">([^<]+)<\/button>/g);
  assert.deepEqual(tabs.map((t) => [t[5], t[6], t[3], t[4]]), [['unix', 'macOS and Linux', 'true', '0'], ['windows', 'Windows (PowerShell)', 'false', '-1']]);
  const panels = all(group, /<div class="tab-panel" role="tabpanel" id="([^"]+)" aria-labelledby="([^"]+)" data-value="([^"]+)"><p class="tab-label">([^<]+)<\/p>/g);
  assert.deepEqual(panels.map((p) => [p[1], p[2], p[4]]), tabs.map((t) => [t[2], t[1], t[6]]), 'each tab controls its panel, which it names, under a visible label');
  assert.doesNotMatch(group, /class="tab-panel"[^>]* hidden/, 'no panel is hidden in the HTML');
  // Ids are unique on the page, across its two groups.
  const ids = all(html, /\sid="([^"]+)"/g).map((m) => m[1]);
  assert.equal(new Set(ids).size, ids.length);
  assert.match(html, /id="tabs-2-vim"/);
  assert.match(html, /<div class="tabs" data-tabs="">/, 'a group without syncKey');
});

test('the tab script loads only on pages with tabs; the progress script on pages with a series', () => {
  const tabsScript = (page: string) => scripts(readPage(site.outDir, page)).some((s) => s.startsWith('TabsScript'));
  const progressScript = (page: string) => scripts(readPage(site.outDir, page)).some((s) => s.startsWith('SeriesProgressScript'));
  assert.deepEqual(['index.html', 'tour/index.html', 'tour/one/index.html', 'tour/two/index.html'].map(tabsScript), [false, false, true, true]);
  assert.deepEqual(['index.html', 'tour/index.html', 'tour/one/index.html', '404.html'].map(progressScript), [true, true, true, false]);
});

test('a session shows commands and output as separate regions; long output folds with its line count; Copy takes commands', () => {
  const html = one();
  const nodes = /<figure class="code-block code-session" data-language="console">(?:(?!<\/figure>)[\s\S])*docker node ls[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
  const regions = all(nodes, /<(pre|details) class="([^"]+)"[^>]*?(?: aria-label="([^"]+)")?>/g).map((m) => [m[1], m[2], m[3] ?? null]);
  assert.deepEqual(regions, [
    ['pre', 'code', 'Commands'],
    ['details', 'code-fold', null],
    ['pre', 'code code-output', 'Output, 14 lines'],
    ['pre', 'code', 'Commands'],
    ['pre', 'code code-output', 'Output, 1 line'],
  ]);
  assert.match(nodes, /<details class="code-fold"><summary data-pagefind-ignore>Output, 14 lines<\/summary>/);
  assert.ok(nodes.includes('data-copy="docker node ls\ndocker info --format &#x27;{{.Swarm.LocalNodeState}}&#x27;"'), 'Copy takes both commands, no output');
  // PowerShell sessions too: the prompt is not copied, the output is a region of its own.
  assert.match(html, /data-copy="Invoke-WebRequest http:\/\/localhost:4000 \| Select-Object -ExpandProperty Content"/);
  assert.match(html, /<pre class="code code-output" tabindex="0" role="group" aria-label="Output, 1 line"><code><span class="line"><span class="[^"]+">&lt;h3&gt;Hello walrus!&lt;\/h3&gt;/);
  assert.match(readPage(site.outDir, 'tour/two/index.html'), /data-copy="docker container stop wombat"/);
});

test('the stylesheet sets output apart and labels it without putting the label in the text', () => {
  const html = one();
  const css = all(html, /<link rel="stylesheet" href="([^"]+)"/g).map((m) => readFileSync(join(site.outDir, m[1]!), 'utf8')).join('\n');
  assert.match(css, /\.code-block\.code-session pre\.code\.code-output\{background-color:var\(--surface\)\}/);
  assert.match(css, /pre\.code-output:before\{content:"Output";content:"Output" \/ ""/);
  assert.match(css, /\.tabs-ready \.tab-label\{display:none\}/);
});

test('a part shows At a glance near its top; a page that is not a part has none', () => {
  const html = one();
  const glance = /<section class="glance" aria-label="At a glance">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
  assert.ok(html.indexOf('class="glance"') < html.indexOf('<div class="prose">'), 'before the text');
  assert.match(glance, /About 20 minutes/);
  assert.match(glance, /<h2>Prerequisites<\/h2><ul><li>Docker installed and working<\/li><li>The image built with <code>docker build<\/code><\/li><\/ul>/);
  assert.match(glance, /<h2>You will have<\/h2><ul><li>The app answering on port 4000<\/li><\/ul>/);
  assert.match(readPage(site.outDir, 'tour/two/index.html'), /About 5 minutes/);
  assert.doesNotMatch(readPage(site.outDir, 'tour/index.html'), /class="glance"/);
});

test('progress controls are hidden in the HTML and left out of search; the lists they mark are tagged with their series', () => {
  const html = one();
  assert.match(html, /<footer class="article-footer" data-pagefind-ignore><div class="part-done" data-part-done data-series="\/tour\/" data-part="\/tour\/one\/" hidden><button type="button" class="part-done-button">Mark this part done<\/button>/);
  assert.match(html, /<ol class="side-nav-list" data-series-list="\/tour\/">/);
  const home = readPage(site.outDir, 'index.html');
  assert.match(home, /<p class="series-continue" data-series-continue="\/tour\/" data-parts="\[\[&quot;\/tour\/one\/&quot;,&quot;Part 1: Ask the app&quot;\],\[&quot;\/tour\/two\/&quot;,&quot;Part 2: Stop the app&quot;\]\]" data-pagefind-ignore hidden>/);
  assert.match(home, /<ol class="mini-path" data-series-list="\/tour\/">/);
  assert.match(readPage(site.outDir, 'tour/index.html'), /<ol class="path" data-series-list="\/tour\/">/);
  assert.match(readPage(site.outDir, 'tour/index.html'), /data-series-continue="\/tour\/"/);
  assert.doesNotMatch(readPage(site.outDir, 'tour/index.html'), /data-part-done/, 'the index is not a part');
});

test('the Markdown copy gives every tab under its label, the glance, and sessions with their prompts', () => {
  const md = readFileSync(join(site.outDir, 'tour/one/index.md'), 'utf8');
  assert.ok(md.includes('**At a glance:** About 20 minutes\n\n**Prerequisites**\n\n- Docker installed and working\n- The image built with `docker build`\n\n**You will have**\n\n- The app answering on port 4000\n'), md);
  assert.ok(md.includes('**macOS and Linux**\n\n```console\n$ curl http://localhost:4000\n<h3>Hello pelican!</h3>\n```\n\n**Windows (PowerShell)**\n\n```console\nPS> Invoke-WebRequest'), md);
  assert.ok(md.includes('**Vim**\n\nOpen the file with `vim app.py`.\n\n**Nano**\n\nOpen the file with `nano app.py`.\n\n**VS Code**\n'), md);
  assert.ok(md.includes('$ docker node ls\nID          HOSTNAME'), 'output stays in the fence, after its command');
});
