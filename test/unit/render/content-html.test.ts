import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderContentHtml } from '../../../src/render/content-html.ts';
import { renderPages } from '../../../src/astro/loaders/render-pool.ts';
import { siteConfigFromEnv } from '../../../src/lib/site/site-config.ts';

const root = join(import.meta.dirname, '../../..');
const contentDir = join(root, 'content');
const config = siteConfigFromEnv({ CONTENT_DIR: contentDir, BASE: '/docs/' });
const pages = readdirSync(contentDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => ({ filePath: join(contentDir, f), source: readFileSync(join(contentDir, f), 'utf8') }));

test('a content page renders to HTML with its asides, code blocks, links and heading ids', async () => {
  const page = pages.find((p) => p.filePath.endsWith('get-started/containers.mdx'))!;
  const { html, headings } = await renderContentHtml(page.source, page.filePath, config);
  assert.match(html, /<div class="aside aside-caution" role="note" aria-label="Caution: [^"]+"><p class="aside-title">/);
  assert.match(html, /<figure class="code-block[^"]*"/);
  assert.match(html, /<a href="\/docs\/get-started\/services\/">/, 'a link to a content file became its URL, under the base path');
  assert.match(html, /<h2 id="introduction">Introduction<\/h2>/);
  assert.deepEqual(headings[0], { depth: 2, slug: 'introduction', text: 'Introduction' });
  assert.doesNotMatch(html, /<Aside|\.mdx"/, 'no component or content path is left in the output');
});

test('the render pool gives the same HTML as one thread, in order, and names each failed page', async () => {
  const broken = { filePath: join(contentDir, 'broken.mdx'), source: '# Broken\n\n```nosuchlanguage\nx\n```\n' };
  const input = [...pages, broken];
  let counted = 0;
  const pooled = await renderPages(input, config, () => (counted += 1), 2);
  const single = await renderPages(input, config, () => {}, 1);
  assert.equal(counted, input.length, 'every page is counted once');
  assert.deepEqual(
    pooled.slice(0, -1),
    single.slice(0, -1),
  );
  const failed = pooled.at(-1);
  assert.ok(failed instanceof Error);
  assert.match(failed.message, /broken\.mdx: code block language `nosuchlanguage` is not supported/);
});

test('tab groups are numbered per page, and a page records that it uses them', async () => {
  const group = (value: string) => `<Tabs>\n<Tab value="${value}" label="${value.toUpperCase()}">\n\nText ${value}.\n\n</Tab>\n</Tabs>\n`;
  const file = join(contentDir, 'tabs.mdx');
  const first = await renderContentHtml(`${group('a')}\n${group('b')}`, file, config);
  assert.deepEqual([...first.html.matchAll(/role="tab" id="([^"]+)"/g)].map((m) => m[1]), ['tabs-1-a', 'tabs-2-b']);
  assert.deepEqual(first.components, ['Tab', 'Tabs']);
  const second = await renderContentHtml(group('c'), file, config);
  assert.match(second.html, /id="tabs-1-c"/, 'the next page starts again at 1');
  const none = await renderContentHtml('Plain text.\n', file, config);
  assert.deepEqual(none.components, []);
  assert.match(first.html, /<div class="tab-panel" role="tabpanel" id="tabs-1-a-panel" aria-labelledby="tabs-1-a" data-value="a"><p class="tab-label">A<\/p><p>Text a\.<\/p>\n?<\/div>/);
});
