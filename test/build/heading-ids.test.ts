import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseContentFile } from '../../src/lib/content/content-file.ts';
import { checkDist } from '../../scripts/check-dist.ts';
import { readRouteTable } from '../../src/pipeline/route-table-file.ts';
import { lazySharedBuild, readPage } from '../helpers/build-site.ts';

const built = lazySharedBuild('test/fixtures/heading-ids', { BASE: '/docs/' });
// The page's own prose: the article minus its header (title, Copy page) and the generated list of a folder's pages.
const article = (page: string) =>
  ((/<article[^>]*>([\s\S]*?)<\/article>/.exec(readPage(built.outDir, page))?.[1] ?? '').split('</header>').pop() ?? '').split('<section class="page-list"')[0] ?? '';

test('the check computes the same heading ids as the renderer writes', () => {
  assert.equal(built.status, 0, built.output);
  const source = readFileSync('test/fixtures/heading-ids/index.mdx', 'utf8');
  const expected = parseContentFile('index.mdx', 'index.mdx', source).headingIds;
  const rendered = [...article('index.html').matchAll(/<h[2-6][^>]*\sid="([^"]*)"/g)].map((m) => m[1]);
  assert.equal(rendered.length, 15, 'every heading rendered with an id');
  assert.deepEqual(rendered, expected);
});

test('file links in MDX become page URLs with the base, also in definitions and asides', () => {
  assert.equal(built.status, 0, built.output);
  const links = [...article('other/index.html').matchAll(/<a ([^>]*)>/g)].map((m) => m[1]);
  assert.deepEqual(links, [
    'href="/docs/#ports-4000--80--more"',
    'href="/docs/"',
    'href="/docs/#run-the-app-2"',
    'href="/docs/#run-the-app"',
    'href="https://docs.docker.com/" rel="noopener noreferrer"',
    'href="#back"',
  ]);
  assert.deepEqual(checkDist(built.outDir, readRouteTable(built.cacheDir, built.outDir)).problems, []);
});
