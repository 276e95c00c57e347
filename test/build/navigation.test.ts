import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBuild, htmlFiles, readPage } from '../helpers/build-site.ts';

const FIXTURE = 'test/fixtures/site-nav';
const sites = [
  { base: '/', build: sharedBuild(FIXTURE) },
  { base: '/docs/', build: sharedBuild(FIXTURE, { BASE: '/docs/' }) },
];

/** The fixture's long folder: a leaf and these 26 pages, more than a side column lists. */
const STEPS = Array.from({ length: 26 }, (_, i) => `step-${String(i + 1).padStart(2, '0')}`);

/** The URL a built file is served at, under the base (`tour/start/index.html` → `/docs/tour/start/`). */
function pageUrl(base: string, file: string): string {
  return base + file.replace(/index\.html$/, '');
}

/** The folder above a page URL: its parent in the content tree (`/docs/tour/start/` → `/docs/tour/`). */
function parentUrl(base: string, url: string): string | null {
  if (url === base) return null;
  return url.replace(/[^/]+\/$/, '');
}

function levelUpHref(html: string): string | null {
  return /<a href="([^"]*)" rel="up">Level up: /.exec(html)?.[1] ?? null;
}

for (const { base, build } of sites) {
  test(`BASE=${base}: every page's Level up goes to its parent's URL, and that page exists`, () => {
    assert.equal(build.status, 0, build.output);
    const pages = htmlFiles(build.outDir).filter((f) => f !== '404.html' && f !== 'offline/index.html');
    assert.deepEqual(pages, [
      'extras/deep/index.html', 'extras/deep/leaf/index.html', ...STEPS.map((s) => `extras/deep/${s}/index.html`), 'extras/index.html', 'extras/notes/index.html',
      'index.html', 'tour/finish/index.html', 'tour/index.html', 'tour/middle/index.html', 'tour/start/index.html',
    ]);
    for (const file of pages) {
      const url = pageUrl(base, file);
      const expected = parentUrl(base, url);
      assert.equal(levelUpHref(readPage(build.outDir, file)), expected, `${file}: Level up`);
      if (expected !== null) assert.ok(pages.includes(`${expected.slice(base.length)}index.html`), `${file}: parent ${expected} was built`);
    }
  });

  test(`BASE=${base}: breadcrumbs link every ancestor and mark the page itself`, () => {
    for (const file of htmlFiles(build.outDir).filter((f) => f !== '404.html' && f !== 'offline/index.html' && f !== 'index.html')) {
      const html = readPage(build.outDir, file);
      const nav = /<nav class="breadcrumbs" aria-label="Breadcrumbs"[^>]*>(.*?)<\/nav>/s.exec(html)?.[1] ?? '';
      const hrefs = [...nav.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      const want: string[] = [];
      for (let u: string | null = pageUrl(base, file); u !== null; u = parentUrl(base, u)) want.unshift(u);
      assert.deepEqual(hrefs, want, `${file}: breadcrumbs`);
      assert.match(nav, new RegExp(`<a href="${pageUrl(base, file)}" aria-current="page">`), `${file}: current page`);
    }
  });
}

test('series parts show Part N of M, and previous/next stop at the edges', () => {
  const { outDir } = sites[0]!.build;
  const start = readPage(outDir, 'tour/start/index.html');
  const middle = readPage(outDir, 'tour/middle/index.html');
  const finish = readPage(outDir, 'tour/finish/index.html');
  assert.match(middle, /<p class="eyebrow" data-pagefind-ignore>Part 2 of 3/);
  assert.match(middle, /<a class="pagination-prev" href="\/tour\/start\/" rel="prev">/);
  assert.match(middle, /<a class="pagination-next" href="\/tour\/finish\/" rel="next">/);
  assert.doesNotMatch(start, /rel="prev"/);
  assert.doesNotMatch(finish, /rel="next"/);
  assert.match(finish, /<p class="eyebrow" data-pagefind-ignore>Part 3 of 3/);
  const index = readPage(outDir, 'tour/index.html');
  const listed = [...index.matchAll(/class="page-list-link" href="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(listed, ['/tour/start/', '/tour/middle/', '/tour/finish/']);
  assert.match(index, /Part 1 of the tour\./);
});

test('a folder without an index gets a generated section page listing its pages', () => {
  const html = readPage(sites[0]!.build.outDir, 'extras/index.html');
  assert.match(html, /<h1>Extras<\/h1>/);
  const listed = [...html.matchAll(/class="page-list-link" href="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(listed, ['/extras/deep/', '/extras/notes/']);
});

test("in a folder of 27 pages, a page's side column lists the eleven around it and links to the folder's page, which lists them all", () => {
  const { outDir } = sites[0]!.build;
  const sideLinks = (file: string) => {
    const nav = /<nav id="side-panel"[^>]*>(.*?)<\/nav>/s.exec(readPage(outDir, file))?.[1] ?? '';
    return [...nav.matchAll(/<li>\s*<a href="([^"]*)"/g)].map((m) => m[1]);
  };
  const all = ['leaf', ...STEPS].map((s) => `/extras/deep/${s}/`);
  assert.deepEqual(sideLinks('extras/deep/step-13/index.html'), all.slice(8, 19));
  assert.deepEqual(sideLinks('extras/deep/leaf/index.html'), all.slice(0, 11));
  const middle = readPage(outDir, 'extras/deep/step-13/index.html');
  assert.match(middle, /<nav id="side-panel" class="panel-body side-nav" aria-label="Pages in Deep, 9 to 19 of 27">/, 'the list says which part of the folder it shows');
  assert.match(middle, /<a class="side-nav-more" href="\/extras\/deep\/">All 27 pages in Deep<\/a>/);
  const listed = [...readPage(outDir, 'extras/deep/index.html').matchAll(/class="page-list-link" href="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(listed, all);
  assert.doesNotMatch(readPage(outDir, 'tour/middle/index.html'), /side-nav-more/, 'a short folder is listed whole');
});

test('pages carry canonical and Open Graph URLs under the base, an edit link and a TOC', () => {
  const html = readPage(sites[1]!.build.outDir, 'tour/middle/index.html');
  assert.match(html, /<link rel="canonical" href="http:\/\/localhost:4321\/docs\/tour\/middle\/">/);
  assert.match(html, /<meta property="og:url" content="http:\/\/localhost:4321\/docs\/tour\/middle\/">/);
  assert.match(html, /<meta property="og:description" content="Part 2 of the tour\.">/);
  assert.match(html, /href="https:\/\/github\.com\/docker-get-started\/docs\/edit\/main\/test\/fixtures\/site-nav\/tour\/middle\.mdx">Edit this page</);
  assert.match(html, /<nav id="toc-panel"[^>]*>.*<a href="#first-heading">First heading<\/a>.*<a href="#second-heading">Second heading<\/a>/s);
});

test('navigation problems fail the build, naming every file involved', () => {
  const bad = sharedBuild('test/fixtures/nav-bad');
  assert.equal(bad.status, 1);
  const dir = 'test/fixtures/nav-bad';
  assert.match(bad.output, new RegExp(`${dir}/s/one\\.mdx:4:1: Part 1 is used by 2 pages: \`${dir}/s/also-one\\.mdx\` \\(line 4\\) and \`${dir}/s/one\\.mdx\` \\(line 4\\)`));
  assert.match(bad.output, new RegExp(`${dir}/s/four\\.mdx:5:1: Part 4 is out of range`));
  assert.match(bad.output, new RegExp(`${dir}/s/one\\.mdx:4:1: The series \`${dir}/s/index\\.mdx\` has no parts 2 to 3 between`));
  assert.match(bad.output, new RegExp(`${dir}/twin/index\\.mdx:1:1: \`${dir}/twin\\.mdx\` and \`${dir}/twin/index\\.mdx\` are both served at /twin/`));
  assert.match(bad.output, /7 problems in 5 files/);
});
