import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { MdastNode } from 'satteri';
import { loadContentSet } from '../../src/lib/content/content-set.ts';
import { textOf, walk } from '../../src/lib/content/content-file.ts';
import { titleFromMeta } from '../../src/lib/tutorial/tutorial-files.ts';
import { parseDockerfile } from '../helpers/tutorial/dockerfile-parse.ts';

// The Containers page keeps every sentence of the page it started from (see seed/README.md).
const SEED = readFileSync(new URL('./seed/containers-2017.txt', import.meta.url), 'utf8');
const page = loadContentSet('content', 'content').find((p) => p.relPath === 'get-started/containers.mdx');
if (!page?.tree) throw new Error('content/get-started/containers.mdx is missing or does not parse');
const tree = page.tree;

/** The seed cut into blocks: headings, prose paragraphs and indented code, up to `## TODO ##`. */
function seedBlocks(): { kind: 'heading' | 'prose' | 'code'; text: string }[] {
  const body = SEED.split(/^## TODO ##$/m)[0] ?? '';
  return body.split(/\n\s*\n/).filter((b) => b.trim() !== '').map((block) => {
    if (block.startsWith('#')) return { kind: 'heading' as const, text: block.replace(/^#+\s*|\s*#+\s*$/g, '') };
    if (block.split('\n').every((l) => l.startsWith('    '))) return { kind: 'code' as const, text: block };
    return { kind: 'prose' as const, text: block };
  });
}

/** A Markdown paragraph as a reader sees it: links, emphasis and line breaks reduced to text. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences end at `.`, `!` or `?` followed by a space and a capital letter. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z“])/);
}

const nodesOf = (type: string): MdastNode[] => {
  const found: MdastNode[] = [];
  walk(tree, (n) => { if (n.type === type) found.push(n); });
  return found;
};
const pageParagraphs = nodesOf('paragraph').map((p) => textOf(p).replace(/\s+/g, ' ').trim());
const blocks = seedBlocks();

test('the seed file is the one the page was written from', () => {
  assert.match(SEED, /^# Docker \/ Get started \/ Containers #$/m);
  assert.ok(blocks.filter((b) => b.kind === 'prose').length >= 6, 'the seed has its six paragraphs');
});

test('every sentence of the seed stands verbatim in the Containers page, with the typo fixed', () => {
  const prose = blocks.filter((b) => b.kind === 'prose').map((b) => plain(b.text).replace(/^n the past/, 'In the past'));
  const wanted = prose.flatMap(sentences);
  assert.ok(wanted.length >= 12, `the seed yields its sentences (${wanted.length})`);
  const missing = wanted.filter((s) => !pageParagraphs.some((p) => p.includes(s)));
  assert.deepEqual(missing, [], 'sentences of the seed that the page lost or changed');
  assert.ok(!pageParagraphs.some((p) => /(^|\s)n the past/.test(p)), 'the "n the past" typo is fixed');
});

test('the seed\'s headings open the page, in the seed\'s order', () => {
  const wanted = blocks.filter((b) => b.kind === 'heading').map((b) => b.text).filter((t) => !t.startsWith('Docker / '));
  const headings = nodesOf('heading').map(textOf);
  const positions = wanted.map((h) => headings.indexOf(h));
  assert.ok(!positions.includes(-1), `headings missing from the page: ${wanted.filter((_, i) => positions[i] === -1).join(', ')}`);
  assert.deepEqual(positions, [...positions].sort((a, b) => a - b), 'the headings keep their order');
});

test('the 2017 Dockerfile is kept unchanged, untitled, right before the Dockerfile to save', () => {
  const seedCode = blocks.filter((b) => b.kind === 'code').map((b) => b.text.replace(/^ {4}/gm, '')).join('\n\n');
  assert.match(seedCode, /^# Use an official Python runtime/);
  const code = nodesOf('code') as unknown as { lang?: string; meta?: string | null; value: string }[];
  const at = code.findIndex((c) => c.value === seedCode);
  assert.ok(at >= 0, 'a code block of the page equals the seed\'s Dockerfile line for line');
  const then = code[at] as { lang?: string; meta?: string | null };
  assert.equal(then.lang, 'dockerfile');
  assert.equal(titleFromMeta(then.meta), null, 'the 2017 block has no file title, so nobody saves it as the file');
  assert.deepEqual(parseDockerfile(seedCode).problems, [], 'the 2017 Dockerfile still parses');
  const next = code[at + 1];
  assert.equal(titleFromMeta(next?.meta), 'Dockerfile', 'the next block is the file to save, titled Dockerfile');
  assert.notEqual(next?.value, seedCode);
});
