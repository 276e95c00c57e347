import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, outDirFor, sharedBuild, lazySharedBuild, htmlFiles, readPage } from '../helpers/build-site.ts';

const basic = lazySharedBuild('test/fixtures/site-basic');

test('the fixture site builds, one folder URL per page', () => {
  assert.equal(basic.status, 0, basic.output);
  assert.deepEqual(htmlFiles(basic.outDir), ['404.html', 'guide/first-steps/index.html', 'guide/index.html', 'index.html', 'offline/index.html']);
});

test('pages carry their title, headings and a highlighted Dockerfile', () => {
  const html = readPage(basic.outDir, 'guide/first-steps/index.html');
  assert.match(html, /<title>First steps · Docker Get Started<\/title>/);
  assert.match(html, /<h1[^>]*>First steps<\/h1>/);
  assert.match(html, /<h2 id="write-the-file">Write the file<\/h2>/);
  assert.match(html, /<h3 id="a-sub-heading">A sub-heading<\/h3>/);
  assert.match(html, /<pre[^>]*data-language="dockerfile"/);
  assert.match(html, /<span class="l\d+ d\d+">FROM<\/span>/, 'tokens carry a class for each theme');
  assert.match(html, /WORKDIR/);
});

test('with BASE=/docs/ every internal href and src carries the base', () => {
  // The publishing tests' build (their origin changes no internal URL): one build fewer.
  const docs = sharedBuild('test/fixtures/site-basic', { BASE: '/docs/', SITE: 'https://example.org' });
  assert.equal(docs.status, 0, docs.output);
  let checked = 0;
  for (const page of htmlFiles(docs.outDir)) {
    const html = readPage(docs.outDir, page);
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const value = m[1] ?? '';
      if (/^(?:[a-z]+:|#|\/\/)/i.test(value)) continue;
      checked += 1;
      assert.ok(value.startsWith('/docs/'), `${page}: ${value} lacks the base`);
      const target = join(docs.outDir, value.slice('/docs/'.length).split('#')[0] ?? '');
      assert.ok(existsSync(value.endsWith('/') ? join(target, 'index.html') : target), `${page}: ${value} leads nowhere`);
    }
  }
  assert.ok(checked > 10, `only ${checked} internal URLs were checked`);
});

test('bad input fails the build with file, line and message, and leaves dist alone', () => {
  const outDir = outDirFor('bad-input');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'sentinel.html'), 'previous good build');
  const bad = buildSite('bad-input', 'test/fixtures/bad-input');
  assert.equal(bad.status, 1);
  assert.match(bad.output, /test\/fixtures\/bad-input\/no-title\.mdx:1:1: Missing required frontmatter key `title`/);
  assert.match(bad.output, /test\/fixtures\/bad-input\/broken-yaml\.mdx:3:\d+: Invalid YAML in frontmatter/);
  assert.match(bad.output, /test\/fixtures\/bad-input\/broken-mdx\.mdx:8:1: MDX syntax error: Expected a closing tag for `<div>`/);
  assert.match(bad.output, /3 problems in 3 files/);
  assert.ok(existsSync(join(bad.outDir, 'sentinel.html')), 'the previous build is still there');
  assert.ok(!existsSync(`${bad.outDir}.staging`), 'no staging folder is left behind');
});
