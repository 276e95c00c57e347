import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MdastNode } from 'satteri';
import { loadContentSet } from '../../src/lib/content/content-set.ts';
import { walk } from '../../src/lib/content/content-file.ts';
import { finalVersions, tutorialFiles, type TutorialFile } from '../../src/lib/tutorial/tutorial-files.ts';

// Sample output in the pages has the shape a current Docker Engine (29) prints, and versions the
// pages name are the ones requirements.txt pins.
const pages = loadContentSet('content', 'content');

interface Sample { where: string; command: string; output: string[] }

/** Every command of every `console` block with the lines printed under it. */
function samples(): Sample[] {
  const found: Sample[] = [];
  for (const page of pages) {
    if (!page.tree) continue;
    walk(page.tree, (node: MdastNode) => {
      const code = node as { type: string; lang?: string | null; value: string; position?: { start: { line: number } } };
      if (code.type !== 'code' || code.lang !== 'console') return;
      let current: Sample | null = null;
      code.value.split('\n').forEach((line, i) => {
        if (line.startsWith('$ ')) {
          // `ssh host "docker …"` runs the same command on another machine.
          const command = line.slice(2).replace(/^ssh (?:-t )?\S+ ["'](.*)["']$/, '$1');
          current = { where: `${page.displayPath}:${(code.position?.start.line ?? 0) + i + 1}`, command, output: [] };
          found.push(current);
        } else if (current) current.output.push(line);
      });
    });
  }
  return found;
}

const all = samples();
const headerOf = (s: Sample) => (s.output.find((l) => l.trim() !== '') ?? '').trim().split(/\s{2,}/);
const withOutput = (re: RegExp) => all.filter((s) => re.test(s.command) && s.output.some((l) => l.trim() !== ''));

const TABLES: [RegExp, string[]][] = [
  [/^docker (image ls|images)$/, ['IMAGE', 'ID', 'DISK USAGE', 'CONTENT SIZE', 'EXTRA']],
  [/^docker node ls$/, ['ID', 'HOSTNAME', 'STATUS', 'AVAILABILITY', 'MANAGER STATUS', 'ENGINE VERSION']],
  [/^docker (stack|service) ps \S+$/, ['ID', 'NAME', 'IMAGE', 'NODE', 'DESIRED STATE', 'CURRENT STATE', 'ERROR', 'PORTS']],
  [/^docker service ls$/, ['ID', 'NAME', 'MODE', 'REPLICAS', 'IMAGE', 'PORTS']],
  [/^docker container ls$/, ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']],
  [/^docker context ls$/, ['NAME', 'DESCRIPTION', 'DOCKER ENDPOINT', 'ERROR']],
];

test('the pages show the tables Docker prints today, with their columns', () => {
  const wrong: string[] = [];
  for (const [command, columns] of TABLES) {
    const shown = withOutput(command);
    if (command.source.includes('image ls') || command.source.includes('node ls') || command.source.includes('stack|service')) {
      assert.ok(shown.length > 0, `some page shows the output of ${command.source}`);
    }
    for (const s of shown) {
      if (headerOf(s).join(' | ') !== columns.join(' | ')) wrong.push(`${s.where}: \`${s.command}\` prints the columns ${columns.join(', ')}; the page shows ${headerOf(s).join(', ')}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('docker stack deploy shows the notice current versions print before their work', () => {
  const deploys = withOutput(/^docker stack deploy\b/).filter((s) => !s.command.includes('--detach'));
  assert.ok(deploys.length >= 3);
  const wrong = deploys.filter((s) => !s.output[0]?.startsWith('Since --detach=false was not specified'));
  assert.deepEqual(wrong.map((s) => s.where), []);
});

test('versions the pages name are the versions requirements.txt pins', () => {
  const requirements = finalVersions(tutorialFiles(pages)).get('requirements.txt') as TutorialFile;
  const pins = new Map(requirements.text.split('\n').filter(Boolean).map((l) => l.split('==') as [string, string]).map(([n, v]) => [n.toLowerCase(), v]));
  assert.equal(pins.size, 3);
  const wrong: string[] = [];
  for (const page of pages) {
    for (const m of page.source.matchAll(/\b(gunicorn|Flask|redis)(==| )(\d+\.\d+\.\d+)\b/gi)) {
      const pinned = pins.get((m[1] ?? '').toLowerCase());
      if (pinned !== m[3]) wrong.push(`${page.displayPath}: "${m[0]}" but requirements.txt pins ${m[1]}==${pinned}`);
    }
  }
  assert.deepEqual(wrong, []);
  assert.ok(pages.some((p) => p.source.includes(`Starting gunicorn ${pins.get('gunicorn')}`)), 'the sample run shows the pinned gunicorn');
});
