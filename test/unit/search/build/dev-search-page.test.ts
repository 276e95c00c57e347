import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseContentFile } from '../../../../src/lib/content/content-file.ts';
import { devSearchHtml, devSearchPage } from '../../../../src/lib/search/build/dev-search-page.ts';

const SOURCE = `---
title: Clusters
description: Run a swarm.
part: 2
---

A swarm is a group of \\<machines\\> & nodes.

## Join the swarm

Run \`docker swarm join\` on each node.

\`\`\`console title="Join"
$ docker swarm join --token abc
\`\`\`

## Join the swarm

- A list item about replicas.
`;

test('the dev search page keeps the title, headings with their rendered ids, prose, code and its file name, escaped', () => {
  const file = parseContentFile('guide/clusters.mdx', 'content/guide/clusters.mdx', SOURCE);
  assert.ok(file.tree);
  const html = devSearchHtml(file.tree, file.headingIds, { search: { title: 'Clusters', section: 'Guide', part: 2 } });
  assert.match(html, /<article data-pagefind-body data-pagefind-meta="title:Clusters" data-pagefind-filter="section:Guide">/);
  assert.match(html, /<span hidden data-pagefind-meta="part:2" data-pagefind-filter="part:2"><\/span><h1>Clusters<\/h1>/);
  assert.match(html, /<h2 id="join-the-swarm">Join the swarm<\/h2><p>Run docker swarm join on each node.<\/p><p>Join<\/p><pre>\$ docker swarm join --token abc<\/pre>/);
  assert.match(html, /<h2 id="join-the-swarm-1">Join the swarm<\/h2><p>A list item about replicas.<\/p>/, 'repeated headings get the renderer ids');
  assert.match(html, /<p>A swarm is a group of &lt;machines&gt; &amp; nodes.<\/p>/);
  assert.doesNotMatch(html, /description: Run a swarm/, 'frontmatter is not prose');
});

test('a page outside a section carries no section filter and no part', () => {
  const file = parseContentFile('index.mdx', 'content/index.mdx', '---\ntitle: Home\ndescription: Start.\n---\n\nHello.\n');
  const html = devSearchHtml(file.tree!, file.headingIds, { search: { title: 'Home' } });
  assert.match(html, /<article data-pagefind-body data-pagefind-meta="title:Home"><h1>Home<\/h1><p>Hello.<\/p><\/article>/);
});

test('a dev page carries the commands it teaches as the built page does', () => {
  const html = devSearchPage('<p>x</p>', { search: { title: 'Containers', part: 2 } }, 'build-the-app=docker build');
  assert.match(html, /<span hidden data-pagefind-meta="teaches:build-the-app=docker build"><\/span>/);
  assert.doesNotMatch(devSearchPage('<p>x</p>', { search: { title: 'T' } }), /teaches/);
});

test('the dev search page has what the built article shows: description, At a glance, tab labels and aside titles', () => {
  const file = parseContentFile('tour/one.mdx', 'content/tour/one.mdx', '---\ntitle: One\ndescription: First.\n---\n\n<Tabs syncKey="os">\n<Tab value="unix" label="macOS and Linux">\n\nRun it.\n\n</Tab>\n</Tabs>\n\n<Aside type="tip">\n\nRead on.\n\n</Aside>\n');
  assert.ok(file.tree);
  const glance = { time: 'About 5 minutes', prerequisites: [[{ text: 'Docker', code: false }]], outcomes: [] };
  const html = devSearchHtml(file.tree, file.headingIds, { search: { title: 'One' }, description: 'First.', glance });
  assert.match(html, /<h1>One<\/h1><p>First\.<\/p><section><p>At a glance About 5 minutes<\/p><h2>Prerequisites<\/h2><ul><li>Docker<\/li><\/ul><\/section>/);
  assert.match(html, /<p>macOS and Linux<\/p><p>Run it\.<\/p>/);
  assert.match(html, /<p>Tip<\/p><p>Read on\.<\/p>/);
});
