import { test } from 'node:test';
import assert from 'node:assert/strict';
import { remoteResourcesRule } from '../../../src/lib/rules/remote-resources.ts';
import { contentSet, page, problems } from '../../helpers/content-strings.ts';

const check = (body: string) => problems(remoteResourcesRule, { 'guide/a.mdx': page('A', body) });

test('a Markdown image from another host is an error at its line and column', () => {
  assert.deepEqual(check('Look: ![tracker](https://example.com/t.png)'), [
    'content/guide/a.mdx:5:7: Image "tracker" is loaded from another host (`example.com`): `https://example.com/t.png` [remote-resources]',
  ]);
});

test('the hint says to download the file, with a name taken from the URL', () => {
  const [d] = remoteResourcesRule(contentSet({ 'a.mdx': page('A', '![x](https://cdn.example.com/img/Logo.PNG?v=2)') }));
  assert.match(d?.hint ?? '', /^Download the file into the repository next to this page and write `\.\/logo\.png` \(or into public\/ and write `\/logo\.png`\)/);
});

test('an image by reference to a definition on another host', () => {
  assert.deepEqual(check('![chart][c]\n\n[c]: //stats.example.org/chart.svg'), [
    'content/guide/a.mdx:5:1: Image "chart" is loaded from another host (`stats.example.org`): `//stats.example.org/chart.svg` [remote-resources]',
  ]);
});

test('JSX that embeds: src, srcset, poster, object data, iframe, source, link href, CSS url()', () => {
  const body = [
    '<img src="https://a.example/x.png" alt="x" />',
    '<picture><source srcSet="./local.png 1x, https://b.example/y.png 2x" /></picture>',
    '<video poster="http://c.example/p.jpg" />',
    '<object data="https://d.example/doc.pdf" />',
    '<iframe src="https://www.youtube.com/embed/xyz" />',
    '<link rel="stylesheet" href="https://e.example/s.css" />',
    '<div style="background: url(\'https://f.example/bg.png\')" />',
  ].join('\n\n');
  const lines = check(body);
  assert.deepEqual(lines.map((l) => l.replace(/ is loaded.*/, '')), [
    'content/guide/a.mdx:5:1: `<img src>`',
    'content/guide/a.mdx:7:10: `<source srcSet>`',
    'content/guide/a.mdx:9:1: `<video poster>`',
    'content/guide/a.mdx:11:1: `<object data>`',
    'content/guide/a.mdx:13:1: `<iframe src>`',
    'content/guide/a.mdx:15:1: `<link href>`',
    'content/guide/a.mdx:17:1: `<div style>`',
  ]);
  assert.match(lines[1] ?? '', /`https:\/\/b\.example\/y\.png`/, 'the remote candidate of a srcset is named');
});

test('links to other sites stay allowed, in Markdown and as <a>', () => {
  assert.deepEqual(check('[Docker](https://docs.docker.com/) <a href="https://example.com">x</a>\n\n[r]: https://example.com/a.png\n\n[ref][r]'), []);
});

test('local images pass: next to the page, in public/, and an image inside a link', () => {
  assert.deepEqual(check('![a](./a.png) ![b](/favicon.svg) [![c](../c.png)](https://example.com/)'), []);
});

test('unsafe schemes are left to the links rule, so they are reported once', () => {
  assert.deepEqual(check('![x](data:image/png;base64,AAAA) ![y](javascript:alert(1))'), []);
});
