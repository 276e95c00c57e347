import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleSearchAttributes, partSearchAttributes, searchFacets } from '../../../../src/lib/search/build/search-facets.ts';

type Page = Parameters<typeof searchFacets>[0];
const crumb = (title: string, current = false) => ({ title, url: `/${title}/`, current });
const root: Page = { title: 'Home', breadcrumbs: [crumb('Home', true)], series: null };
const index: Page = { title: 'Get started', breadcrumbs: [crumb('Home'), crumb('Get started', true)], series: null };
const part: Page = {
  title: 'Services',
  breadcrumbs: [crumb('Home'), crumb('Get started'), crumb('Services', true)],
  series: { index: { title: 'Get started', url: '/get-started/' }, parts: [], position: { part: 3, total: 6 } },
};
const deep: Page = { title: 'docker run', breadcrumbs: [crumb('Home'), crumb('Reference'), crumb('CLI'), crumb('docker run', true)], series: null };

test('a series page has its section title and part', () => {
  assert.deepEqual(searchFacets(part), { title: 'Services', section: 'Get started', part: 3 });
});

test('a folder index belongs to its own section; the root page has none', () => {
  assert.deepEqual(searchFacets(index), { title: 'Get started', section: 'Get started' });
  assert.deepEqual(searchFacets(root), { title: 'Home' });
});

test('a deep page belongs to its top-level section', () => {
  assert.equal(searchFacets(deep).section, 'Reference');
});

test('the article carries body, title and section; the part goes on its own element', () => {
  const facets = searchFacets(part);
  assert.deepEqual(articleSearchAttributes(facets), {
    'data-pagefind-body': '',
    'data-pagefind-meta': 'title:Services',
    'data-pagefind-filter': 'section:Get started',
  });
  assert.deepEqual(partSearchAttributes(facets), { 'data-pagefind-meta': 'part:3', 'data-pagefind-filter': 'part:3' });
  assert.equal(partSearchAttributes(searchFacets(root)), null);
});

test('a page without facets (the 404 page) is not marked for search', () => {
  assert.deepEqual(articleSearchAttributes(undefined), {});
});
