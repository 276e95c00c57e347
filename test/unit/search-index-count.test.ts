import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIndexedCount, htmlHasArticle, htmlHasSearchBody } from '../../src/lib/search/index-count.ts';
import { buildRouteTable } from '../../src/lib/routes.ts';

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
