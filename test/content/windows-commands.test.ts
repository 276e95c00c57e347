import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MdastNode } from 'satteri';
import { loadContentSet } from '../../src/lib/content/content-set.ts';
import { walk } from '../../src/lib/content/content-file.ts';
import { attribute, consoleSessions, isElement, programsOf, type ConsoleSession } from '../helpers/console-sessions.ts';

// A reader on Windows types the commands into PowerShell. `docker` is the same there, but the
// programs macOS and Linux add around it are not: Windows has no grep, openssl or ssh-copy-id,
// and in Windows PowerShell 5.1 `curl` is another name for Invoke-WebRequest. Wherever a page
// uses one, it shows the PowerShell form beside it, in tabs (the contract of the Tabs component:
// `<Tabs syncKey="os">` holding `<Tab value="unix">` and `<Tab value="windows">`).
const pages = loadContentSet('content', 'content').filter((p) => p.relPath.startsWith('get-started/'));

/** Programs that a checkpoint may not use without a PowerShell form beside it. */
const UNIX_ONLY = new Set(['curl', 'grep', 'openssl', 'ssh-copy-id', 'cat', 'ls', 'sleep', 'sed', 'awk', 'head', 'tail', 'wc', 'xargs', 'cut', 'tr', 'sort', 'uniq', 'find', 'env', 'export', 'eval', 'which', 'test', 'rm', 'cp', 'mv', 'mkdir', 'touch', 'chmod', 'printf']);
/** Programs that PowerShell lacks, or runs as something else, anywhere in the series. */
const ABSENT_IN_POWERSHELL = new Set(['curl', 'grep', 'openssl', 'ssh-copy-id', 'sed', 'awk', 'head', 'tail', 'wc', 'xargs', 'export', 'eval', 'which']);

const allSessions = pages.flatMap((page) => consoleSessions(page));
const unixOnly = (s: ConsoleSession, set: Set<string>) => s.commands.filter((c) => c.shell === 'unix' && programsOf(c.text).some((p) => set.has(p)));
const hasWindowsTwin = (s: ConsoleSession) => s.tab?.value === 'unix' && s.tab.siblings.includes('windows');

test('the checkpoints use commands that exist outside macOS and Linux, or show their PowerShell form', () => {
  const checkpoints = allSessions.filter((s) => s.section === 'Checkpoint');
  assert.ok(checkpoints.length >= 6, 'every part has console blocks in its checkpoint');
  const missing = checkpoints.filter((s) => !hasWindowsTwin(s)).flatMap((s) => unixOnly(s, UNIX_ONLY)).map((c) => `${c.where}: \`${c.text}\``);
  assert.deepEqual(missing, [], 'commands with no Windows form next to them');
});

test('no page anywhere relies on a program PowerShell lacks without a Windows tab beside it', () => {
  const missing = allSessions.filter((s) => !hasWindowsTwin(s)).flatMap((s) => unixOnly(s, ABSENT_IN_POWERSHELL)).map((c) => `${c.where}: \`${c.text}\``);
  assert.deepEqual(missing, []);
});

test('the Windows tabs hold PowerShell commands, and use none of the programs they replace', () => {
  const windows = allSessions.filter((s) => s.tab?.value === 'windows');
  assert.ok(windows.length >= 6);
  for (const s of windows) {
    assert.ok(s.commands.length > 0 && s.commands.every((c) => c.shell === 'powershell'), `${s.where}: every command has the \`PS> \` prompt`);
    const wrong = s.commands.filter((c) => programsOf(c.text).some((p) => ABSENT_IN_POWERSHELL.has(p)));
    assert.deepEqual(wrong.map((c) => `${c.where}: \`${c.text}\``), []);
  }
  for (const s of allSessions.filter((x) => x.tab?.value !== 'windows')) {
    assert.deepEqual(s.commands.filter((c) => c.shell === 'powershell').map((c) => c.where), [], 'PowerShell commands stand only in a Windows tab');
  }
});

test('a Windows form prints what its macOS and Linux form prints', () => {
  for (const page of pages) {
    const sessions = consoleSessions(page);
    sessions.forEach((s, i) => {
      if (s.tab?.value !== 'unix') return;
      const twin = sessions.slice(i + 1).find((t) => t.tab?.value === 'windows');
      assert.ok(twin, `${s.where}: a Windows tab follows`);
      // The same lines, in the same order; a form may take more commands to print them.
      const outputs = (x: ConsoleSession) => x.commands.flatMap((c) => c.output.filter((l) => l.trim() !== ''));
      assert.deepEqual(outputs(twin), outputs(s), `${twin.where}: same output as ${s.where}`);
    });
  }
});

test('every Tabs element follows the agreed shape, with code blocks inside each tab', () => {
  let count = 0;
  for (const page of pages) {
    if (!page.tree) continue;
    walk(page.tree, (node: MdastNode) => {
      if (isElement(node, 'Tab') && !isElementParentTabs(page.tree as MdastNode, node)) assert.fail(`${page.displayPath}:${node.position?.start.line}: a <Tab> outside <Tabs>`);
      if (!isElement(node, 'Tabs')) return;
      count++;
      const where = `${page.displayPath}:${node.position?.start.line}`;
      assert.equal(attribute(node, 'syncKey'), 'os', `${where}: syncKey="os"`);
      const tabs = ((node as { children?: MdastNode[] }).children ?? []);
      assert.ok(tabs.every((t) => isElement(t, 'Tab')), `${where}: only <Tab> elements inside <Tabs>`);
      assert.deepEqual(tabs.map((t) => [attribute(t, 'value'), attribute(t, 'label')]), [['unix', 'macOS and Linux'], ['windows', 'Windows (PowerShell)']], `${where}: the two agreed tabs, in order`);
      for (const tab of tabs) {
        const kids = (tab as { children?: MdastNode[] }).children ?? [];
        // Without blank lines around the fence, MDX reads it as a paragraph of text.
        assert.ok(kids.some((k) => k.type === 'code'), `${where}: the tab "${attribute(tab, 'value')}" holds a code block (blank lines around the fence)`);
      }
    });
  }
  assert.ok(count >= 6, 'the series uses tabs where commands differ');
});

/** Whether `tab`'s parent in `tree` is a `<Tabs>` element. */
function isElementParentTabs(tree: MdastNode, tab: MdastNode): boolean {
  let parentIsTabs = false;
  walk(tree, (n) => {
    if (((n as { children?: MdastNode[] }).children ?? []).includes(tab)) parentIsTabs = isElement(n, 'Tabs');
  });
  return parentIsTabs;
}
