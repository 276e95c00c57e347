import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseContentFile } from '../../../src/lib/content/content-file.ts';
import { siteModel } from '../../../src/lib/site/site-model.ts';
import { LLMS_FILE, LLMS_FULL_FILE, siteMarkdown } from '../../../src/lib/markdown/site-markdown.ts';

const page = (relPath: string, frontmatter: string, body: string) => parseContentFile(relPath, `content/${relPath}`, `---\n${frontmatter}\n---\n\n${body}\n`);
const files = [
  page('index.mdx', 'title: Home\ndescription: The start.', 'Read [the guide](./guide/intro.mdx).'),
  page('guide/intro.mdx', 'title: Intro\ndescription: First steps.', '## Begin\n\nRun `docker run`.'),
];
const sources = files.map((f) => ({ id: f.id, relPath: f.relPath, data: f.frontmatter.data!, tree: f.tree, source: f.source }));
const modelOf = (pages: typeof sources) => siteModel(pages, { site: 'https://example.com', base: '/docs/' }, { dates: new Map() });
const model = modelOf(sources);
const { routes } = model;

test('one copy per page route, the generated section page included, at the route table\'s files, plus both llms files', () => {
  const { copies, files: out } = siteMarkdown(sources, model);
  assert.deepEqual(copies.map((c) => c.route.file), ['index.md', 'guide/index.md', 'guide/intro/index.md']);
  const copyFiles = routes.routes.filter((r) => r.kind === 'markdown').map((r) => r.file).sort();
  assert.deepEqual([...out.keys()].filter((f) => f.endsWith('.md')).sort(), copyFiles);
  assert.ok(out.has(LLMS_FILE) && out.has(LLMS_FULL_FILE));
});

test('copies take their text from the parsed tree, with links made absolute under the base', () => {
  const { files: out } = siteMarkdown(sources, model);
  assert.equal(out.get('guide/intro/index.md'), '# Intro\n\n> First steps.\n\n## Begin\n\nRun `docker run`.\n');
  assert.match(out.get('index.md')!, /\[the guide\]\(https:\/\/example\.com\/docs\/guide\/intro\/\)/);
  assert.match(out.get(LLMS_FILE)!, /^# Docker Get Started\n\n> The start\.\n/);
  assert.match(out.get(LLMS_FILE)!, /\[Intro\]\(https:\/\/example\.com\/docs\/guide\/intro\/index\.md\): First steps\./);
  assert.equal(out.get(LLMS_FULL_FILE), [out.get('index.md'), out.get('guide/index.md'), out.get('guide/intro/index.md')].join('\n'));
});

test('a page whose tree is missing keeps its title, description and listing', () => {
  const { files: out } = siteMarkdown(sources.map((s) => ({ ...s, tree: null })), model);
  assert.equal(out.get('guide/intro/index.md'), '# Intro\n\n> First steps.\n');
});

test('the memo gives back a copy only while its page, its place in the site and the code are unchanged', () => {
  const fresh = siteMarkdown(sources, model).files;
  const memo = { code: 'c1', copies: new Map<string, string>() };
  assert.deepEqual(siteMarkdown(sources, model, memo).files, fresh);
  assert.equal(memo.copies.size, 3);
  // A memo entry is used as is: a planted text proves the key decides, and what it covers.
  const planted = new Map([...memo.copies].map(([k]) => [k, `memo ${k}`]));
  const reused = siteMarkdown(sources, model, { code: 'c1', copies: new Map(planted) }).files;
  assert.ok([...reused].filter(([f]) => f.endsWith('.md')).every(([, text]) => text.startsWith('memo ')));
  // The intro's title shows on the guide's listing too: both are made again, the home page is not.
  const renamed = sources.map((s) => (s.id === 'guide/intro' ? { ...s, data: { ...s.data, title: 'Start' } } : s));
  const afterRename = siteMarkdown(renamed, modelOf(renamed), { code: 'c1', copies: new Map(planted) }).files;
  assert.match(afterRename.get('index.md')!, /^memo /);
  assert.match(afterRename.get('guide/index.md')!, /\[Start\]/);
  assert.match(afterRename.get('guide/intro/index.md')!, /^# Start\n/);
  const edited = sources.map((s) => (s.id === 'index' ? { ...s, source: `${s.source}\n` } : s));
  assert.doesNotMatch(siteMarkdown(edited, model, { code: 'c1', copies: new Map(planted) }).files.get('index.md')!, /^memo /);
  const otherCode = siteMarkdown(sources, model, { code: 'c2', copies: new Map(planted) }).files;
  assert.deepEqual(otherCode, fresh);
});
