import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseContentFile } from '../../src/lib/content-file.ts';
import { buildSite, readPage } from '../helpers/build-site.ts';

test('the check computes the same heading ids as the renderer writes', () => {
  const built = buildSite('heading-ids', 'test/fixtures/heading-ids');
  assert.equal(built.status, 0, built.output);
  const source = readFileSync('test/fixtures/heading-ids/index.mdx', 'utf8');
  const expected = parseContentFile('index.mdx', 'index.mdx', source).headingIds;
  const article = /<article[^>]*>([\s\S]*?)<\/article>/.exec(readPage(built.outDir, 'index.html'))?.[1] ?? '';
  const rendered = [...article.matchAll(/<h[2-6][^>]*\sid="([^"]*)"/g)].map((m) => m[1]);
  assert.equal(rendered.length, 15, 'every heading rendered with an id');
  assert.deepEqual(rendered, expected);
});
