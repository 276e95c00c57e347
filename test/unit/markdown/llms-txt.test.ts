import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContentTree, type TreeEntry } from '../../../src/lib/site/content-tree.ts';
import { pageData } from '../../../src/lib/site/page-data.ts';
import { llmsFullTxt, llmsSections, llmsTxt } from '../../../src/lib/markdown/llms-txt.ts';
import { markdownPageFor } from '../../../src/lib/markdown/markdown-copy.ts';
import { readingOrder } from '../../../src/lib/site/content-tree.ts';
import { listingOf } from '../../../src/lib/site/site-model.ts';
const listingHeading = (page: Parameters<typeof listingOf>[0]) => listingOf(page).heading;
import { pageMarkdown } from '../../../src/lib/markdown/page-markdown.ts';

function entry(relPath: string, data: Partial<TreeEntry['data']> = {}): TreeEntry {
  const id = relPath.replace(/\.mdx$/, '');
  return { id, relPath, data: { title: id, description: `About ${id}.`, ...data } };
}

// Entries in an order unlike the reading order, to show the tree decides.
const site = buildContentTree([
  entry('reference/cli.mdx', { title: 'CLI' }),
  entry('get-started/containers.mdx', { title: 'Containers', part: 2 }),
  entry('index.mdx', { title: 'Docker' }),
  entry('get-started/orientation.mdx', { title: 'Orientation', part: 1 }),
  entry('get-started/index.mdx', { title: 'Get started', series: true }),
  entry('about.mdx', { title: 'About', order: 9 }),
]);
const ORIGIN = 'https://example.com/docs';
const md = (url: string) => `${ORIGIN}${url}index.md`;

test('reading order: each page, then its children in sibling order (order, then title), parts by number', () => {
  assert.deepEqual(readingOrder(site).map((n) => n.id), [
    'index', 'about', 'get-started/index', 'get-started/orientation', 'get-started/containers', 'reference/index', 'reference/cli',
  ]);
});

test('llms.txt has the title, summary, notes, then the home section and one per folder, in order', () => {
  const text = llmsTxt({
    title: 'Docker Get Started',
    summary: 'Learn Docker.',
    details: ['Every link is a page in Markdown.'],
    sections: llmsSections(site, (node) => md(node.url)),
  });
  assert.equal(
    text,
    [
      '# Docker Get Started\n\n> Learn Docker.\n',
      'Every link is a page in Markdown.\n',
      `## Docker\n\n- [Docker](${ORIGIN}/index.md): About index.\n- [About](${ORIGIN}/about/index.md): About about.\n`,
      `## Get started\n\n- [Get started](${ORIGIN}/get-started/index.md): About get-started/index.\n- [Part 1: Orientation](${ORIGIN}/get-started/orientation/index.md): About get-started/orientation.\n- [Part 2: Containers](${ORIGIN}/get-started/containers/index.md): About get-started/containers.\n`,
      `## Reference\n\n- [Reference](${ORIGIN}/reference/index.md): The pages in Reference.\n- [CLI](${ORIGIN}/reference/cli/index.md): About reference/cli.\n`,
    ].join('\n'),
  );
});

test('titles and descriptions are escaped, so a bracket cannot end a link', () => {
  const text = llmsTxt({ title: 'T', summary: 'S', details: [], sections: [{ heading: 'H', links: [{ title: 'a [b] c', url: 'https://x/y', description: '*d*' }] }] });
  assert.ok(text.endsWith('- [a \\[b\\] c](https://x/y): \\*d\\*\n'), text);
});

test('llms-full.txt is every copy in the order given, a blank line between', () => {
  assert.equal(llmsFullTxt(['# A\n', '# B\n\nText.\n']), '# A\n\n# B\n\nText.\n');
});

test('the listing heading and items match the HTML page: a series index lists its numbered parts', () => {
  const index = pageData(site, 'get-started/index');
  assert.equal(listingHeading(index), 'The parts');
  assert.equal(listingHeading(pageData(site, 'index')), 'Start here');
  assert.equal(listingHeading(pageData(site, 'reference/index')), 'In this section');
  const out = pageMarkdown(markdownPageFor(index, null, (p) => `${ORIGIN}${p}`));
  assert.equal(
    out,
    `# Get started\n\n> About get-started/index.\n\n## The parts\n\n1. [Part 1: Orientation](${ORIGIN}/get-started/orientation/): About get-started/orientation.\n2. [Part 2: Containers](${ORIGIN}/get-started/containers/): About get-started/containers.\n`,
  );
});

test('the home page lists a series with its parts beneath it', () => {
  const out = pageMarkdown(markdownPageFor(pageData(site, 'index'), null, (p) => `${ORIGIN}${p}`));
  assert.equal(
    out,
    [
      '# Docker\n\n> About index.\n\n## Start here\n',
      `- [About](${ORIGIN}/about/): About about.`,
      `- [Get started](${ORIGIN}/get-started/): About get-started/index.`,
      `  1. [Orientation](${ORIGIN}/get-started/orientation/)`,
      `  2. [Containers](${ORIGIN}/get-started/containers/)`,
      `- [Reference](${ORIGIN}/reference/): The pages in Reference.\n`,
    ].join('\n'),
  );
});
