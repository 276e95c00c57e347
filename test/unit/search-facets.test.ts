import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleSearchAttributes, partSearchAttributes, searchFacets } from '../../src/lib/search/search-facets.ts';

const entries = [
  { id: 'index', title: 'Home' },
  { id: 'get-started/index', title: 'Get started' },
  { id: 'get-started/services', title: 'Services', part: 3 },
  { id: 'reference/cli/run', title: 'docker run' },
];

test('a series page has its section title and part', () => {
  assert.deepEqual(searchFacets(entries[2]!, entries), { title: 'Services', section: 'Get started', part: 3 });
});

test('a folder index belongs to its own section; the root page has none', () => {
  assert.deepEqual(searchFacets(entries[1]!, entries), { title: 'Get started', section: 'Get started' });
  assert.deepEqual(searchFacets(entries[0]!, entries), { title: 'Home' });
});

test('a folder without an index page is named by its folder', () => {
  assert.equal(searchFacets(entries[3]!, entries).section, 'reference');
});

test('the article carries body, title and section; the part goes on its own element', () => {
  const facets = searchFacets(entries[2]!, entries);
  assert.deepEqual(articleSearchAttributes(facets), {
    'data-pagefind-body': '',
    'data-pagefind-meta': 'title:Services',
    'data-pagefind-filter': 'section:Get started',
  });
  assert.deepEqual(partSearchAttributes(facets), { 'data-pagefind-meta': 'part:3', 'data-pagefind-filter': 'part:3' });
  assert.equal(partSearchAttributes(searchFacets(entries[0]!, entries)), null);
});

test('a page without facets (the 404 page) is not marked for search', () => {
  assert.deepEqual(articleSearchAttributes(undefined), {});
});
