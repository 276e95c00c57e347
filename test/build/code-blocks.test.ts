import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sharedBuild, lazySharedBuild, htmlFiles, readPage } from '../helpers/build-site.ts';

const site = lazySharedBuild('test/fixtures/code-blocks');

/** The text of every script a page runs: inline ones and the files it loads. */
function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attrs = '', body = '']) => {
    const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1];
    return src ? readFileSync(join(site.outDir, src), 'utf8') : body;
  });
}

test('the code-block fixture builds', () => {
  assert.equal(site.status, 0, site.output);
});

test('no page runs highlighting JavaScript; the copy script is there once, within the JS budget', () => {
  const pages = htmlFiles(site.outDir);
  let withBlocks = 0;
  for (const page of pages) {
    const html = readPage(site.outDir, page);
    const scripts = pageScripts(html);
    for (const script of scripts) {
      assert.doesNotMatch(script, /shiki|scopeName|textmate|oniguruma|codeToHtml|codeToTokens/i, `${page}: a script that highlights`);
    }
    // The site's budget for all of a page's JavaScript.
    const gzipped = gzipSync(scripts.join('\n')).length;
    assert.ok(gzipped < 5 * 1024, `${page}: ${gzipped} bytes of gzipped JavaScript`);
    if (html.includes('class="code-block"')) {
      withBlocks += 1;
      assert.equal(scripts.filter((s) => s.includes('button.code-copy')).length, 1, `${page}: the copy script is there, once`);
      assert.match(html, /<span class="l\d+ d\d+">/, `${page}: token colours are classes`);
      assert.doesNotMatch(html, /--shiki-/, `${page}: no colour in the HTML itself`);
    }
  }
  assert.equal(withBlocks, 1);
});

test('the stylesheet colours code for both themes, by system setting and by data-theme', () => {
  const html = readPage(site.outDir, 'index.html');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(site.outDir, m[1] ?? ''), 'utf8')).join('\n');
  assert.match(css, /\.code-block pre\.code span\{color:var\(--shiki-light\)/);
  assert.match(css, /@media \(prefers-color-scheme:dark\)\{[^@]*:root:not\(\[data-theme=light\]\) \.code-block pre\.code span\{color:var\(--shiki-dark\)/);
  assert.match(css, /:root\[data-theme=dark\] \.code-block pre\.code span\{color:var\(--shiki-dark\)/);
  assert.match(css, /background-color:var\(--shiki-light-bg\)/);
  assert.match(css, /background-color:var\(--shiki-dark-bg\)/);
  // The generated token classes and note rules are bundled with it.
  assert.match(css, /\.code-block pre\.code\{--shiki-light:#1f2328;--shiki-light-bg:#fff(fff)?;--shiki-dark:#e6edf3;--shiki-dark-bg:#0d1117\}/);
  assert.match(css, /\.code-block \.l\d+\{--shiki-light:#cf222e\}/);
  assert.match(css, /\.code-block:has\(a\[aria-describedby\$=["']?-run["']?\]:is\(:hover,:focus\)\) \.code-note\[id\$=["']?-run["']?\][,{]/);
});

test('every block is framed, scrollable by keyboard and copyable, in every language', () => {
  const html = readPage(site.outDir, 'index.html');
  const languages = [...html.matchAll(/<figure class="code-block(?: code-session)?" data-language="([a-z]+)">/g)].map((m) => m[1]);
  assert.deepEqual(languages, ['dockerfile', 'console', 'yaml', 'python', 'bash', 'json', 'ini', 'text']);
  // The terminal session is three regions: commands, their output, the next command.
  assert.equal([...html.matchAll(/<pre class="code( code-output)?" [^>]*tabindex="0" role="group" aria-label="[^"]+"/g)].length, 10);
  assert.match(html, /<pre class="code code-output" tabindex="0" role="group" aria-label="Output, 1 line"><code><span class="line"><span class="[^"]+">Successfully built 326387cea398</);
  assert.equal([...html.matchAll(/<div class="code-actions" data-pagefind-ignore[^>]*><button type="button" class="code-copy" hidden/g)].length, 8);
  assert.match(html, /<figcaption class="code-title">docker-compose\.yml<\/figcaption>/);
  assert.match(html, /<figcaption class="code-title code-label" data-pagefind-ignore[^>]*>Terminal session<\/figcaption>/);
  assert.match(html, /data-copy="docker build --tag=friendlyhello \.\ndocker run -p 4000:80 friendlyhello"/);
});

test('a code block in an unknown language, or none, fails the build with its place and the supported languages', () => {
  const bad = sharedBuild('test/fixtures/code-bad');
  assert.equal(bad.status, 1);
  const supported = 'dockerfile (docker), bash (sh, shell), console (shellsession), yaml (yml), python (py), json, ini, text (plaintext, txt)';
  assert.ok(
    bad.output.includes(
      `test/fixtures/code-bad/index.mdx:6:1: Code block language \`js\` is not supported [code-language]\n  hint: Write one of these after the opening \`\`\`: ${supported}.`,
    ),
    bad.output,
  );
  assert.ok(bad.output.includes('test/fixtures/code-bad/index.mdx:10:1: Code block has no language [code-language]'), bad.output);
  assert.match(bad.output, /2 problems in 1 file/);
});
