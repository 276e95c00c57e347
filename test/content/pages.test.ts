import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MdastNode } from 'satteri';
import { loadContentSet } from '../../src/lib/content/content-set.ts';
import { textOf, walk, type ContentFile } from '../../src/lib/content/content-file.ts';
import { classifyLink } from '../../src/lib/content/content-links.ts';

// The real pages of the site, checked for what the series promises its readers.
const pages = loadContentSet('content', 'content');
const byPath = new Map(pages.map((p) => [p.relPath, p]));
const REPO_2017 = 'https://github.com/docker/docker.github.io/blob/fa27b198a081887b8c206706cb3b56626810dcfe/get-started/';
const series = pages.filter((p) => p.relPath.startsWith('get-started/') && p.frontmatter.data?.part);

function nodes(page: ContentFile, type: string): MdastNode[] {
  const found: MdastNode[] = [];
  if (page.tree) walk(page.tree, (n) => { if (n.type === type) found.push(n); });
  return found;
}

test('the series has its six parts, each parsed without problems', () => {
  assert.deepEqual(pages.flatMap((p) => p.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)), []);
  assert.deepEqual(
    series.map((p) => [p.frontmatter.data?.part, p.relPath]).sort((a, b) => Number(a[0]) - Number(b[0])),
    [[1, 'get-started/orientation.mdx'], [2, 'get-started/containers.mdx'], [3, 'get-started/services.mdx'],
      [4, 'get-started/swarms.mdx'], [5, 'get-started/stacks.mdx'], [6, 'get-started/deploy.mdx']],
  );
});

test('every link between pages reaches an existing page and heading', () => {
  const broken: string[] = [];
  for (const page of pages) {
    for (const link of nodes(page, 'link')) {
      const url = (link as { url: string }).url;
      const target = classifyLink(page.relPath, url);
      const line = link.position?.start.line ?? 0;
      if (target.kind === 'todo' || target.kind === 'empty') broken.push(`${page.displayPath}:${line}: ${url}`);
      if (target.kind !== 'file' && target.kind !== 'fragment') continue;
      const dest = target.kind === 'file' ? byPath.get(target.relPath) : page;
      if (!dest) broken.push(`${page.displayPath}:${line}: no page ${url}`);
      else if (target.fragment && !dest.headingIds.includes(target.fragment)) broken.push(`${page.displayPath}:${line}: no heading #${target.fragment} in ${dest.relPath}`);
    }
  }
  assert.deepEqual(broken, []);
});

test('each part links its Docker page and the 2017 text in the documentation repository', () => {
  for (const page of series) {
    const part = page.frontmatter.data?.part ?? 0;
    assert.ok(page.headingIds.includes('useful-links'), `${page.displayPath}: has a "Useful links" section`);
    const urls = nodes(page, 'link').map((l) => (l as { url: string }).url);
    const docs = part === 1 ? 'https://docs.docker.com/get-started/' : `https://docs.docker.com/get-started/part${part}/`;
    assert.ok(urls.includes(docs), `${page.displayPath}: links ${docs}`);
    assert.ok(urls.includes(`${REPO_2017}${part === 1 ? 'index' : `part${part}`}.md`), `${page.displayPath}: links the 2017 source`);
    assert.ok(nodes(page, 'mdxJsxFlowElement').some((n) => (n as { name?: string }).name === 'Aside'), `${page.displayPath}: has an aside`);
  }
});

test('pages start their headings at level 2, and no TODO is left', () => {
  for (const page of pages) {
    const h1 = nodes(page, 'heading').filter((h) => (h as { depth: number }).depth === 1);
    assert.deepEqual(h1.map(textOf), [], `${page.displayPath}: the h1 comes from the title`);
    assert.ok(!/\bTODO\b/.test(page.source), `${page.displayPath}: contains TODO`);
  }
});

test('every code block names its language, and commands carry a prompt', () => {
  for (const page of pages) {
    for (const code of nodes(page, 'code')) {
      const { lang, value } = code as { lang?: string | null; value: string };
      const where = `${page.displayPath}:${code.position?.start.line ?? 0}`;
      assert.ok(lang, `${where}: code block without a language`);
      // `$ ` for macOS and Linux, `PS> ` for PowerShell (in a Windows tab).
      if (lang === 'console') assert.ok(value.startsWith('$ ') || value.startsWith('PS> '), `${where}: a console block starts with a \`$ \` or \`PS> \` command`);
    }
  }
});
