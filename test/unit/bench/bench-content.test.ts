import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MdastNode } from 'satteri';
import { generateContent, planContent } from '../../../scripts/bench/generate-content.ts';
import { generateDeepContent, planDeepContent } from '../../../scripts/bench/generate-content-deep.ts';
import { pageToEdit } from '../../../scripts/bench/edit-page.ts';
import { runContentCheck } from '../../../src/pipeline/check-content-folder.ts';
import { walk } from '../../../src/lib/content/content-file.ts';
import { classifyLink } from '../../../src/lib/content/content-links.ts';
import { formatReport } from '../../../src/lib/diagnostics/diagnostics.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-content-'));
const plans = generateContent(dir, 120, 7);
const { files, diagnostics } = runContentCheck(dir);

test('generated content passes every content check the real content passes', () => {
  assert.equal(files.length, 120);
  assert.deepEqual(diagnostics, [], formatReport(diagnostics));
});

test('every cross-link names an existing file and a heading id that file renders', () => {
  const byPath = new Map(files.map((f) => [f.relPath, f]));
  let links = 0;
  for (const file of files) {
    assert.ok(file.tree, `${file.relPath} parses`);
    walk(file.tree as MdastNode, (node) => {
      if (node.type !== 'link') return;
      const target = classifyLink(file.relPath, (node as { url: string }).url);
      assert.equal(target.kind, 'file', `${file.relPath}: ${(node as { url: string }).url}`);
      if (target.kind !== 'file') return;
      const to = byPath.get(target.relPath);
      assert.ok(to, `${file.relPath} links to missing ${target.relPath}`);
      assert.ok(to.headingIds.includes(target.fragment), `${file.relPath} links to missing #${target.fragment} in ${target.relPath}`);
      links += 1;
    });
  }
  assert.ok(links >= files.length * 4, `only ${links} links`);
  assert.ok(files.some((f) => f.source.includes('](../')), 'some links climb folders');
});

test('pages are shaped like the real ones: nested folders, a gapless series, the usual code blocks', () => {
  assert.ok(files.some((f) => f.relPath.split('/').length === 3 && f.relPath.endsWith('/index.mdx')), 'nested index pages');
  const series = files.filter((f) => f.relPath.startsWith('tutorial/'));
  assert.equal(series.find((f) => f.relPath === 'tutorial/index.mdx')?.frontmatter.data?.series, true);
  const parts = series.map((f) => f.frontmatter.data?.part).filter((p) => p !== undefined).sort();
  assert.deepEqual(parts, [1, 2, 3, 4, 5, 6]);
  for (const f of files) {
    assert.equal(f.source.match(/^```dockerfile title="Dockerfile"$/gm)?.length, 2, f.relPath);
    for (const lang of ['console', 'yaml', 'python']) assert.equal(f.source.match(new RegExp(`^\`\`\`${lang}$`, 'gm'))?.length, 1, `${f.relPath} ${lang}`);
    assert.doesNotMatch(f.source.replace(/^```[\s\S]*?^```$/gm, ''), /[{}<]|^(?:import|export)\s/m, `${f.relPath} has MDX expressions or HTML`);
    const words = f.source.split(/\s+/).length;
    assert.ok(words > 700 && words < 1100, `${f.relPath}: ${words} words`);
  }
});

test('the generator is deterministic and sized as asked', () => {
  const again = mkdtempSync(join(tmpdir(), 'bench-content-'));
  generateContent(again, 120, 7);
  for (const p of plans) assert.equal(readFileSync(join(again, p.relPath), 'utf8'), readFileSync(join(dir, p.relPath), 'utf8'), p.relPath);
  assert.notDeepEqual(planContent(120, 8).map((p) => p.title), plans.map((p) => p.title), 'another seed gives other pages');
  const big = planContent(5000, 1);
  assert.equal(big.length, 5000);
  assert.equal(new Set(big.map((p) => p.title)).size, 5000, 'every title is unique');
  assert.throws(() => planContent(3, 1), /at least 8 pages/);
  rmSync(again, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

// The second shape: deep folders, most without an index page, pages of very different lengths.
const deepDir = mkdtempSync(join(tmpdir(), 'bench-deep-'));
const deepPlans = generateDeepContent(deepDir, 400, 3);
const deep = runContentCheck(deepDir);

test('the deep shape passes every content check, and its links and anchors resolve', () => {
  assert.equal(deep.files.length, 400);
  assert.deepEqual(deep.diagnostics, [], formatReport(deep.diagnostics));
  const links = deep.files.reduce((n, f) => n + (f.source.match(/\]\(\.{1,2}\/[^)]+#[^)]+\)/g)?.length ?? 0), 0);
  assert.ok(links >= deep.files.length, `only ${links} links`);
});

test('the deep shape differs from the regular one: deep folders without index pages, shell blocks, short and long pages', () => {
  const folders = new Set(deep.files.flatMap((f) => f.relPath.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  const withIndex = new Set(deep.files.filter((f) => f.relPath.endsWith('/index.mdx')).map((f) => f.relPath.slice(0, -'/index.mdx'.length)));
  const without = [...folders].filter((d) => !withIndex.has(d));
  assert.ok(without.length > folders.size / 2, `${without.length} of ${folders.size} folders have no index page`);
  assert.ok(Math.max(...deep.files.map((f) => f.relPath.split('/').length)) >= 6, 'folders five deep or more');
  const blocks = deep.files.map((f) => f.source.match(/^```\w+/gm)?.length ?? 0);
  assert.ok(blocks.some((n) => n === 0) && blocks.some((n) => n >= 30), `code blocks per page from ${Math.min(...blocks)} to ${Math.max(...blocks)}`);
  for (const lang of ['shell', 'console']) assert.ok(deep.files.filter((f) => f.source.includes(`\`\`\`${lang}\n`)).length > 100, `${lang} blocks`);
  const words = deep.files.map((f) => f.source.split(/\s+/).length);
  assert.ok(Math.min(...words) < 200 && Math.max(...words) > 3000, `words per page from ${Math.min(...words)} to ${Math.max(...words)}`);
  assert.ok(deep.files.some((f) => /^#### /m.test(f.source)), 'some h4 headings');
  const series = deep.files.filter((f) => f.frontmatter.data?.part !== undefined);
  assert.deepEqual(series.map((f) => f.frontmatter.data?.part).sort(), [1, 2, 3, 4]);
});

test('the deep shape is deterministic, sized as asked, and its edited page is a leaf', () => {
  const again = mkdtempSync(join(tmpdir(), 'bench-deep-'));
  generateDeepContent(again, 400, 3);
  for (const p of deepPlans) assert.equal(readFileSync(join(again, p.relPath), 'utf8'), readFileSync(join(deepDir, p.relPath), 'utf8'), p.relPath);
  const big = planDeepContent(5000, 1);
  assert.equal(big.length, 5000);
  assert.equal(new Set(big.map((p) => p.title)).size, 5000, 'every title is unique');
  const edited = pageToEdit(deepPlans);
  assert.ok(!edited.relPath.endsWith('index.mdx') && edited.part === undefined && edited.relPath.includes('/'), edited.relPath);
  assert.equal(pageToEdit(plans).relPath.match(/\/page-\d+\.mdx$/) !== null, true, 'the regular shape still edits a topic page');
  rmSync(again, { recursive: true, force: true });
  rmSync(deepDir, { recursive: true, force: true });
});
