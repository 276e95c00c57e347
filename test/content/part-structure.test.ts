import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MdastNode } from 'satteri';
import { loadContentSet } from '../../src/lib/content/content-set.ts';
import { textOf, walk, type ContentFile } from '../../src/lib/content/content-file.ts';

// What the series index promises of every part: a summary at the top (what the reader needs,
// what they will have, how long it takes), a checkpoint with a command and its output, and a
// troubleshooting list.
const parts = loadContentSet('content', 'content')
  .filter((p) => p.relPath.startsWith('get-started/') && p.frontmatter.data?.part)
  .sort((a, b) => (a.frontmatter.data?.part ?? 0) - (b.frontmatter.data?.part ?? 0));

/** The nodes between a level-2 heading with this text and the next level-2 heading. */
function section(page: ContentFile, title: string): MdastNode[] {
  const top = (page.tree as { children?: MdastNode[] } | null)?.children ?? [];
  const at = top.findIndex((n) => n.type === 'heading' && (n as { depth: number }).depth === 2 && textOf(n) === title);
  if (at < 0) return [];
  const end = top.findIndex((n, i) => i > at && n.type === 'heading' && (n as { depth: number }).depth === 2);
  return top.slice(at + 1, end < 0 ? undefined : end);
}

test('the series has six parts to check', () => assert.equal(parts.length, 6));

for (const page of parts) {
  test(`${page.displayPath}: its frontmatter sums up the time, the prerequisites and the outcomes`, () => {
    // Read from the raw YAML: these fields feed the page's "At a glance" card.
    const { minutes, prerequisites, outcomes } = page.frontmatter.raw as { minutes?: unknown; prerequisites?: unknown; outcomes?: unknown };
    assert.ok(Number.isInteger(minutes) && (minutes as number) > 0 && (minutes as number) <= 120, `minutes is a whole number of minutes: ${String(minutes)}`);
    for (const [name, list] of [['prerequisites', prerequisites], ['outcomes', outcomes]] as const) {
      assert.ok(Array.isArray(list) && list.length > 0, `${name} is a list with at least one item`);
      for (const item of list as unknown[]) {
        assert.equal(typeof item, 'string', `${name}: each item is text`);
        const text = item as string;
        assert.ok(text.trim() !== '' && text.length <= 100, `${name}: a short item: ${text}`);
        assert.doesNotMatch(text, /\]\(|https?:\/\/|<[A-Za-z]/, `${name}: plain text, no link or tag: ${text}`);
        assert.equal((text.match(/`/g) ?? []).length % 2, 0, `${name}: inline code is closed: ${text}`);
      }
    }
  });

  test(`${page.displayPath}: the body does not repeat the summary the card shows`, () => {
    const paragraphs: string[] = [];
    walk(page.tree as MdastNode, (n) => { if (n.type === 'paragraph') paragraphs.push(textOf(n)); });
    assert.deepEqual(paragraphs.filter((p) => /^By the end of this part\b|\bTime: about\b/.test(p)), [], 'the summary lives in the frontmatter');
  });

  test(`${page.displayPath}: has a checkpoint with a command and the output to expect`, () => {
    const consoles = section(page, 'Checkpoint').flatMap((n) => {
      const found: { value: string }[] = [];
      walk(n, (c) => { if (c.type === 'code' && (c as { lang?: string }).lang === 'console') found.push(c as unknown as { value: string }); });
      return found;
    });
    assert.ok(consoles.length > 0, 'a console block in the Checkpoint section');
    assert.ok(consoles.some((c) => c.value.split('\n').some((l) => l.trim() !== '' && !l.startsWith('$ ') && !l.startsWith('PS> '))), 'with expected output, not only commands');
  });

  test(`${page.displayPath}: has a troubleshooting list keyed by messages`, () => {
    const items: MdastNode[] = [];
    for (const n of section(page, 'Troubleshooting')) walk(n, (c) => { if (c.type === 'listItem') items.push(c); });
    assert.ok(items.length >= 3, 'at least three entries');
    for (const item of items) {
      const lead = ((item as { children?: MdastNode[] }).children ?? [])[0];
      const strong = ((lead as { children?: MdastNode[] } | undefined)?.children ?? [])[0];
      assert.equal(strong?.type, 'strong', `each entry starts with the message in bold: ${textOf(item).slice(0, 60)}`);
    }
  });
}

test('parts 3 to 6 cover the errors readers meet most', () => {
  const wanted = [/port is already allocated|already in use/, /No such image/, /This node is not a swarm manager/, /0\/5/];
  for (const page of parts.filter((p) => (p.frontmatter.data?.part ?? 0) >= 3)) {
    const text = section(page, 'Troubleshooting').map(textOf).join('\n');
    for (const re of wanted) assert.match(text, re, `${page.displayPath}: troubleshooting mentions ${re.source}`);
  }
});

test('parts 4 to 6 show both paths, one machine and several', () => {
  for (const page of parts.filter((p) => (p.frontmatter.data?.part ?? 0) >= 4)) {
    assert.match(page.source, /\*\*One machine[.:]?\*\*|^#+ One machine$/m, `${page.displayPath}: a labelled one-machine step`);
    assert.match(page.source, /\*\*Several machines[.:]?\*\*|^#+ Several machines$/m, `${page.displayPath}: a labelled several-machines step`);
  }
});
