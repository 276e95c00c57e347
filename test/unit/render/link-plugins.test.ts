import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { markdownPlugins } from '../../../src/render/index.ts';
import { siteConfigFromEnv } from '../../../src/lib/site/site-config.ts';

/** Renders Markdown through the site's real plugin chain, as a file at `content/<rel>`. */
function render(markdown: string, rel: string, base = '/'): string {
  const config = siteConfigFromEnv({ CONTENT_DIR: '/site/content', BASE: base });
  const result = markdownToHtml(markdown, { ...markdownPlugins(config), fileURL: pathToFileURL(`/site/content/${rel}`) });
  if (result instanceof Promise) throw new Error('the plugin chain is synchronous');
  return result.html;
}

test('relative file links become page URLs', () => {
  const html = render('[a](services.mdx) [b](./services.mdx#about-services) [c](../get-started/stacks.mdx) [d](./) [e](index.mdx) [f](../index.mdx)', 'get-started/containers.mdx');
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(hrefs, ['/get-started/services/', '/get-started/services/#about-services', '/get-started/stacks/', '/get-started/', '/get-started/', '/']);
});

test('page URLs get the base path', () => {
  const html = render('[a](./services.mdx#x) [b](#y)', 'get-started/containers.mdx', '/docs/');
  assert.match(html, /href="\/docs\/get-started\/services\/#x"/);
  assert.match(html, /href="#y"/);
});

test('external links get rel="noopener noreferrer"; internal ones do not', () => {
  const html = render('[a](https://docs.docker.com/) [b](http://example.com/) [c](./services.mdx)', 'get-started/containers.mdx');
  assert.equal(
    html.trim(),
    '<p><a href="https://docs.docker.com/" rel="noopener noreferrer">a</a> <a href="http://example.com/" rel="noopener noreferrer">b</a> <a href="/get-started/services/">c</a></p>',
  );
});

test('reference links resolve through their definitions', () => {
  const html = render('[a][ref] and [b][other]\n\n[ref]: ./services.mdx#x\n[other]: ../index.mdx', 'get-started/containers.mdx', '/docs/');
  assert.equal(html.trim(), '<p><a href="/docs/get-started/services/#x">a</a> and <a href="/docs/">b</a></p>');
});
