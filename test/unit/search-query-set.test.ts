import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstShown, meetsExpectation, parseQuerySet } from '../../src/lib/search/query-set.ts';
import { parseQuery, rankPages, type PageResult } from '../../src/lib/search/section-rank.ts';

test('the query set file parses, and a bad entry is named with what it needs', () => {
  const file = join(import.meta.dirname, '../search-queries.json');
  assert.ok(parseQuerySet(readFileSync(file, 'utf8'), file).length >= 12);
  assert.throws(
    () => parseQuerySet('{"queries":[{"query":"ok","expect":[["P",null]]},{"query":"","expect":[]},{"expect":[["P"]]}]}', 'q.json'),
    (err: Error) => err.message === 'q.json: queries[1] needs "query" (text) and "expect" (a list of [page title, section heading or null])\nq.json: queries[2] needs "query" (text) and "expect" (a list of [page title, section heading or null])',
  );
  assert.throws(() => parseQuerySet('{}', 'q.json'), /q\.json: expected an object with a "queries" array/);
});

test('the first shown is the first page and the section its link leads to', () => {
  const { query, pages } = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/search-results/port-4000.json'), 'utf8')) as { query: string; pages: PageResult[] };
  const shown = firstShown(rankPages(pages, parseQuery(query)));
  assert.deepEqual(shown, { page: 'Containers', section: 'Run the app', href: '/get-started/containers/#run-the-app' });
  assert.ok(meetsExpectation(shown, [['Containers', 'Run the app']]));
  assert.ok(!meetsExpectation(shown, [['Containers', null], ['Swarms', 'Run the app']]));
  assert.equal(firstShown([]), null);
  assert.ok(!meetsExpectation(null, [['Containers', 'Run the app']]));
});
