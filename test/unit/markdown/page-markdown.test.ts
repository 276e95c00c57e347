import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToMdast, type MdastNode } from 'satteri';
import { parseContentFile } from '../../../src/lib/content/content-file.ts';
import { walk } from '../../../src/lib/content/content-file.ts';
import { pageMarkdown, type MarkdownPage } from '../../../src/lib/markdown/page-markdown.ts';

const ORIGIN = 'https://example.com/docs';

/** The Markdown copy of an MDX body, parsed as the site parses it, at `content/<rel>`. */
function copy(body: string, rel = 'get-started/containers.mdx', extra: Partial<MarkdownPage> = {}): string {
  const source = `---\ntitle: Containers\ndescription: Build an image.\n---\n\n${body}`;
  const file = parseContentFile(rel, `content/${rel}`, source);
  assert.deepEqual(file.diagnostics, []);
  return pageMarkdown({
    title: 'Containers',
    description: 'Build an image.',
    tree: file.tree,
    relPath: rel,
    pageUrl: `${ORIGIN}/get-started/containers/`,
    absoluteUrl: (path) => `${ORIGIN}${path}`,
    ...extra,
  });
}

/** What follows the title and description. */
function body(markdown: string): string {
  const head = '# Containers\n\n> Build an image.\n\n';
  assert.ok(markdown.startsWith(head), markdown);
  return markdown.slice(head.length);
}

test('the title comes first as a heading, then the description as a quote; frontmatter is gone', () => {
  assert.equal(copy('Text.'), '# Containers\n\n> Build an image.\n\nText.\n');
});

test('links to pages, site paths and fragments become absolute URLs with the base; external links stay', () => {
  const out = body(copy('[a](./services.mdx#about) [b](../index.mdx) [c](./) [d](/favicon.svg) [e](#intro) [f](https://docs.docker.com/)'));
  assert.equal(
    out,
    `[a](${ORIGIN}/get-started/services/#about) [b](${ORIGIN}/) [c](${ORIGIN}/get-started/) [d](${ORIGIN}/favicon.svg) [e](${ORIGIN}/get-started/containers/#intro) [f](https://docs.docker.com/)\n`,
  );
});

test('reference definitions and images resolve the same way', () => {
  const out = body(copy('[a][ref] ![A logo](/favicon.svg "Logo")\n\n[ref]: ./stacks.mdx#persist-the-data'));
  assert.equal(out, `[a][ref] ![A logo](${ORIGIN}/favicon.svg "Logo")\n\n[ref]: ${ORIGIN}/get-started/stacks/#persist-the-data\n`);
});

test('an aside becomes a quote that starts with its label', () => {
  assert.equal(body(copy('<Aside type="caution">\nMind the **port**.\n</Aside>')), '> **Caution**\n>\n> Mind the **port**.\n');
  assert.equal(body(copy('<Aside>\nA plain note.\n</Aside>')), '> **Note**\n>\n> A plain note.\n');
  assert.equal(body(copy('<Aside type="tip" title="Behind a proxy">\n- one\n- two\n</Aside>')), '> **Tip: Behind a proxy**\n>\n> - one\n> - two\n');
});

test('an aside inside a list item stays inside it', () => {
  const out = body(copy('1. Step one.\n\n   <Aside type="note">\n   A detail.\n   </Aside>\n\n2. Step two.'));
  assert.equal(out, '1. Step one.\n\n   > **Note**\n   >\n   > A detail.\n\n2. Step two.\n');
});

test('code blocks keep their language and title; line marks are left out; diff stays', () => {
  assert.equal(body(copy('```yaml title="docker-compose.yml" ins={2} {1}\na: 1\nb: 2\n```')), '```yaml title="docker-compose.yml"\na: 1\nb: 2\n```\n');
  assert.equal(body(copy('```console\n$ docker ps\n```')), '```console\n$ docker ps\n```\n');
  assert.equal(body(copy('```yaml diff\n-a: 1\n+a: 2\n```')), '```yaml diff\n-a: 1\n+a: 2\n```\n');
});

test('tables come out as GFM tables with their alignment', () => {
  const out = body(copy('| command | what |\n| :- | -: |\n| `docker ps` | list |'));
  assert.equal(out, '| command     | what |\n| :---------- | ---: |\n| `docker ps` | list |\n');
});

test('the listing follows the text, as a list of links with descriptions', () => {
  const out = copy('Intro.', 'get-started/index.mdx', {
    listing: { heading: 'The parts', ordered: true, items: [{ title: 'Orientation', description: 'What Docker is.', url: `${ORIGIN}/get-started/orientation/` }] },
  });
  assert.equal(body(out), `Intro.\n\n## The parts\n\n1. [Orientation](${ORIGIN}/get-started/orientation/): What Docker is.\n`);
});

test('a generated section page has a title, description and listing only', () => {
  const out = pageMarkdown({
    title: 'Extras',
    description: 'Pages of Extras.',
    tree: null,
    relPath: 'extras/index.mdx',
    pageUrl: `${ORIGIN}/extras/`,
    absoluteUrl: (path) => `${ORIGIN}${path}`,
    listing: { heading: 'In this section', ordered: false, items: [{ title: 'A', description: 'The a page.', url: `${ORIGIN}/extras/a/` }] },
  });
  assert.equal(out, `# Extras\n\n> Pages of Extras.\n\n## In this section\n\n- [A](${ORIGIN}/extras/a/): The a page.\n`);
});

test('characters Markdown would read as syntax are escaped, and parse back to the same text', () => {
  const out = copy('A literal \\* star, 2 \\< 3, and an \\_underscore\\_.');
  const tree = markdownToMdast(out);
  const texts: string[] = [];
  walk(tree, (node: MdastNode) => {
    if (node.type === 'text') texts.push((node as { value: string }).value);
  });
  assert.ok(texts.includes('A literal * star, 2 < 3, and an _underscore_.'), JSON.stringify(texts));
});

test('the copy of a real page parses back with no JSX and every link absolute or external', () => {
  const out = copy('## Steps\n\n<Aside type="tip">\nSee [part 3](./services.mdx#prerequisites).\n</Aside>\n\n| a |\n| - |\n| [b](./stacks.mdx) |');
  const tree = markdownToMdast(out);
  const types = new Set<string>();
  const urls: string[] = [];
  walk(tree, (node: MdastNode) => {
    types.add(node.type);
    if (node.type === 'link') urls.push((node as { url: string }).url);
  });
  assert.ok(!types.has('html') && !types.has('mdxJsxFlowElement'), [...types].join());
  assert.ok(types.has('table') && types.has('blockquote'));
  assert.deepEqual(urls, [`${ORIGIN}/get-started/services/#prerequisites`, `${ORIGIN}/get-started/stacks/`]);
});

test('a tab group becomes every variant in order, each under its label in bold', () => {
  const tabs = [
    '<Tabs syncKey="os">',
    '<Tab value="unix" label="macOS and Linux">',
    '',
    '```console',
    '$ curl http://localhost:4000',
    '<h3>Hello World!</h3>',
    '```',
    '',
    '</Tab>',
    '<Tab value="windows" label="Windows (PowerShell)">',
    '',
    'In *PowerShell*:',
    '',
    '```console',
    'PS> Invoke-WebRequest http://localhost:4000 | Select-Object -ExpandProperty Content',
    '```',
    '',
    '</Tab>',
    '</Tabs>',
    '',
    'After.',
  ].join('\n');
  assert.equal(
    body(copy(tabs)),
    [
      '**macOS and Linux**',
      '',
      '```console',
      '$ curl http://localhost:4000',
      '<h3>Hello World!</h3>',
      '```',
      '',
      '**Windows (PowerShell)**',
      '',
      'In *PowerShell*:',
      '',
      '```console',
      'PS> Invoke-WebRequest http://localhost:4000 | Select-Object -ExpandProperty Content',
      '```',
      '',
      'After.',
      '',
    ].join('\n'),
  );
});

test('a terminal session keeps its prompts and output as they are, so commands stay apart', () => {
  const session = '```console\n$ docker image ls\nIMAGE   ID\nPS C:\\app> docker ps\nCONTAINER ID\n```';
  assert.equal(body(copy(session)), `${session}\n`);
});

test('a part opens with its glance: time, prerequisites and outcomes, inline code kept', () => {
  const glance = {
    time: 'About 20 minutes',
    prerequisites: [[{ code: false, text: 'Docker installed and working (part 1)' }], [{ code: false, text: 'The image from ' }, { code: true, text: 'docker push' }]],
    outcomes: [[{ code: false, text: 'The app running as a service of five containers' }]],
  };
  assert.equal(
    body(copy('Text.', undefined, { glance })),
    [
      '**At a glance:** About 20 minutes',
      '',
      '**Prerequisites**',
      '',
      '- Docker installed and working (part 1)',
      '- The image from `docker push`',
      '',
      '**You will have**',
      '',
      '- The app running as a service of five containers',
      '',
      'Text.',
      '',
    ].join('\n'),
  );
});
