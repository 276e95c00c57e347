import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIndexedCount, htmlHasArticle, htmlHasSearchBody, quickIndexedCount } from '../../../../src/lib/search/build/index-count.ts';
import { buildRouteTable } from '../../../../src/lib/site/routes.ts';

/** The routes of a site with these content files (plus its generated sections and the 404). */
const routesOf = (...sources: string[]) =>
  buildRouteTable(sources.map((source) => ({ id: source.replace(/\.mdx$/, ''), source })), { site: 'https://x.org', base: '/' }).routes;

const page = (file: string, hasBody = true, hasArticle = true) => ({ file, hasBody, hasArticle });

test('the body attribute and the article are recognised in real markup only', () => {
  assert.ok(htmlHasSearchBody('<article class="content" data-pagefind-body data-pagefind-meta="title:X">'));
  assert.ok(htmlHasSearchBody('<div data-pagefind-body="">'));
  assert.ok(!htmlHasSearchBody('<p>Use data-pagefind-body on the article.</p>'));
  assert.ok(!htmlHasSearchBody('<article data-pagefind-body-x>'));
  assert.ok(htmlHasArticle('<article class="content">') && !htmlHasArticle('<articles>'));
});

test('a site where every page is indexed passes, counting generated pages apart', () => {
  const result = checkIndexedCount({
    pages: [page('index.html'), page('a/index.html'), page('b/index.html'), page('404.html', false)],
    routes: routesOf('index.mdx', 'a/index.mdx'),
    indexed: 3,
  });
  assert.deepEqual(result, { problems: [], contentPages: 2, generatedPages: 1 });
});

test('a stray body attribute in one page: the others are reported and the count differs', () => {
  const result = checkIndexedCount({
    pages: [page('index.html', false), page('a/index.html', true), page('b/index.html', false), page('404.html', false)],
    routes: routesOf('index.mdx', 'a/index.mdx', 'b/index.mdx'),
    indexed: 1,
  });
  assert.deepEqual(result.problems, [
    'index.html: the content page has no data-pagefind-body, so search leaves it out.',
    'b/index.html: the content page has no data-pagefind-body, so search leaves it out.',
  ]);
});

test('an index count that differs from the marked pages fails', () => {
  const result = checkIndexedCount({ pages: [page('index.html', false, true)], routes: [], indexed: 2 });
  assert.equal(result.problems.length, 2);
  assert.match(result.problems[1]!, /Pagefind indexed 2 pages, but 0 built pages carry data-pagefind-body/);
});

test('the 404 page must not be searchable; a missing content page is named', () => {
  const result = checkIndexedCount({ pages: [page('404.html', true)], routes: routesOf('gone/index.mdx').filter((r) => r.kind !== 'section'), indexed: 1 });
  assert.deepEqual(result.problems, [
    'gone/index.html: the content page was not built, so it cannot be searched.',
    '404.html: this page must not be searchable, but it carries data-pagefind-body.',
  ]);
});

test('the quick count passes only when Pagefind read and indexed exactly what the route table says', () => {
  // Content pages /, /a/ and /b/c/, the generated section /b/, the 404 and offline pages; and the
  // Markdown copies, which Pagefind does not read.
  const routes = routesOf('index.mdx', 'a.mdx', 'b/c.mdx');
  assert.equal(routes.filter((r) => r.file.endsWith('.html')).length, 6);
  const outOfSearch = ['404.html', 'offline/index.html'];
  const input = { htmlFiles: 6, indexed: 4, routes, built: () => true, hasBody: (file: string) => !outOfSearch.includes(file) };
  assert.deepEqual(quickIndexedCount(input), { problems: [], contentPages: 3, generatedPages: 1 });
  // Each of these needs the built pages read, to say which page is wrong.
  assert.equal(quickIndexedCount({ ...input, indexed: 3 }), null, 'a page lost data-pagefind-body');
  assert.equal(quickIndexedCount({ ...input, htmlFiles: 7 }), null, 'a page outside the route table was built');
  assert.equal(quickIndexedCount({ ...input, hasBody: () => true }), null, 'the 404 page is searchable');
  assert.equal(quickIndexedCount({ ...input, built: (f) => f !== 'a/index.html' }), null, 'a content page was not built');
});
