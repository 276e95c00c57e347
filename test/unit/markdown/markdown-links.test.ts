import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanMarkdown, sitePathOf } from '../../../src/lib/markdown/markdown-links.ts';

test('links, images and definitions of a Markdown file are found; code is not read as links', () => {
  const refs = scanMarkdown('[a](https://x.test/a/) ![i](/i.png)\n\n`[no](/code/)`\n\n```\n[no](/fence/)\n```\n\n> [q][d]\n\n[d]: ../d/\n');
  assert.deepEqual(refs, [
    { kind: 'link', value: 'https://x.test/a/' },
    { kind: 'image', value: '/i.png' },
    { kind: 'definition', value: '../d/' },
  ]);
});

test('an absolute URL on the site becomes its path with the fragment; other hosts and schemes stay', () => {
  assert.equal(sitePathOf('https://example.com/docs/a/#x', 'https://example.com'), '/docs/a/#x');
  assert.equal(sitePathOf('https://example.com/docs/a/', 'https://example.com/'), '/docs/a/');
  assert.equal(sitePathOf('https://example.org/docs/a/', 'https://example.com'), 'https://example.org/docs/a/');
  assert.equal(sitePathOf('http://example.com/a/', 'https://example.com'), 'http://example.com/a/');
  assert.equal(sitePathOf('mailto:a@example.com', 'https://example.com'), 'mailto:a@example.com');
  assert.equal(sitePathOf('../b/', 'https://example.com'), '../b/');
});
