import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MdastNode } from 'satteri';
import { loadContentSet } from '../../src/lib/content/content-set.ts';
import { textOf } from '../../src/lib/content/content-file.ts';
import { consoleSessions, programsOf } from '../helpers/console-sessions.ts';

// A reader follows each part from top to bottom. The checkpoint must find what the part set up,
// so whatever takes it down (removing the stack, leaving the swarm, stopping the container,
// switching back to the local Docker) comes after the checkpoint, in a section of its own, and
// only closing sections follow it.
const parts = loadContentSet('content', 'content')
  .filter((p) => p.relPath.startsWith('get-started/') && p.frontmatter.raw.part !== undefined)
  .sort((a, b) => Number(a.frontmatter.raw.part) - Number(b.frontmatter.raw.part));

/** A heading that names a teardown: "Take down the app", "Cleanup and reboot", "Iteration and cleanup". */
const TEARDOWN_HEADING = /\b(take down|tear ?down|clean ?up)\b/i;
/** Sections that may follow the teardown: they ask the reader to run nothing more. */
const CLOSING = /^(Recap|Conclusion|Congratulations|Useful links|Credits)\b/;
/** Commands that take down what a part set up. */
const TEARDOWN_COMMAND = /^docker (stack rm|swarm leave|container (stop|rm|kill)|volume rm|secret rm|context use (default|desktop-linux))\b/;

interface Section { title: string; index: number; depth: number }

function headings(tree: MdastNode | null): Section[] {
  const top = (tree as { children?: MdastNode[] } | null)?.children ?? [];
  return top.flatMap((n, index) => (n.type === 'heading' ? [{ title: textOf(n), index, depth: (n as { depth: number }).depth }] : []));
}

test('the series has six parts to read in order', () => assert.equal(parts.length, 6));

for (const page of parts) {
  const all = headings(page.tree);
  const level2 = all.filter((h) => h.depth === 2);
  const checkpoint = level2.find((h) => h.title === 'Checkpoint');
  const sessions = consoleSessions(page);
  const runs = (re: RegExp) => sessions.some((s) => s.commands.some((c) => re.test(c.text)));

  test(`${page.displayPath}: the checkpoint comes before any teardown, and the teardown is the last step`, () => {
    assert.ok(checkpoint, 'a "Checkpoint" section');
    const teardowns = all.filter((h) => TEARDOWN_HEADING.test(h.title));
    for (const t of teardowns) {
      assert.ok(t.index > checkpoint.index, `"${t.title}" comes after the Checkpoint section`);
    }
    const firstTeardown = teardowns[0];
    if (firstTeardown) {
      const after = level2.filter((h) => h.index > firstTeardown.index && !TEARDOWN_HEADING.test(h.title)).map((h) => h.title);
      assert.deepEqual(after.filter((t) => !CLOSING.test(t)), [], `only closing sections follow "${firstTeardown.title}"`);
    }
  });

  test(`${page.displayPath}: commands that take things down run in the checkpoint or the teardown, never before`, () => {
    assert.ok(checkpoint);
    const teardownIndexes = new Set(level2.filter((h) => TEARDOWN_HEADING.test(h.title)).map((h) => h.index));
    const early = sessions.flatMap((s) => s.commands
      .filter((c) => c.shell === 'unix' && TEARDOWN_COMMAND.test(c.text))
      .filter(() => s.sectionIndex !== checkpoint.index && !teardownIndexes.has(s.sectionIndex))
      .map((c) => `${c.where}: \`${c.text}\` in "${s.section}"`));
    assert.deepEqual(early, []);
  });

  test(`${page.displayPath}: a part that starts a stack or a swarm says how to take it down`, () => {
    const starts = runs(/^docker (stack deploy|swarm init)\b/) || sessions.some((s) => s.commands.some((c) => programsOf(c.text).includes('ssh') && /docker swarm init/.test(c.text)));
    if (!starts) return;
    const teardown = level2.find((h) => TEARDOWN_HEADING.test(h.title));
    assert.ok(teardown, 'a level-2 section whose heading says "Take down", "Clean up" or "Cleanup"');
    const text = (page.tree as { children: MdastNode[] }).children.slice(teardown.index).map(textOf).join('\n');
    assert.match(text, /docker stack rm getstartedlab/, `"${teardown.title}" removes the stack`);
  });
}
