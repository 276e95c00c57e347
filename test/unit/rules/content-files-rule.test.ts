import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentFilesRule } from '../../../src/lib/rules/content-files.ts';
import { listContentEntries, type ContentEntry } from '../../../src/lib/content/content-set.ts';
import { urlNameProblems, urlSafeName } from '../../../src/lib/rules/url-names.ts';
import { contentSet, page } from '../../helpers/content-strings.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics/diagnostics.ts';

const files = (relPaths: string[]): ContentEntry[] => relPaths.map((relPath) => ({ relPath, kind: 'file' }));

function check(entries: ContentEntry[], pages: Record<string, string>): string[] {
  return contentFilesRule(entries, 'content')(contentSet(pages)).map((d) => formatDiagnostic(d));
}

test('pages, and files a page shows or links to, are accounted for', () => {
  const pages = {
    'guide/index.mdx': page('Guide', '![A diagram](./diagram.svg) ![Up](../up.png) [notes](./notes.txt)\n\n<Aside>![x][d]</Aside>\n\n[d]: ./by-ref.webp'),
    'up.mdx': page('Up', ''),
  };
  const entries: ContentEntry[] = [{ relPath: 'guide', kind: 'folder' }, ...files(['guide/index.mdx', 'guide/diagram.svg', 'up.png', 'guide/notes.txt', 'guide/by-ref.webp', 'up.mdx'])];
  assert.deepEqual(check(entries, pages), []);
});

test('a .md page gets "rename to .mdx"', () => {
  const [line] = check(files(['get-started/notes.md']), {});
  assert.equal(line, 'content/get-started/notes.md:1:1: `notes.md` is left out of the site: only `.mdx` files are pages [content-files]\n  hint: Rename it to `notes.mdx`, then run `npm run check` again: MDX reads a literal `<` or `{` as code, so write `\\<` and `\\{`.');
  assert.match(check(files(['My Notes.markdown']), {})[0] ?? '', /Rename it to `my-notes\.mdx`/);
});

test('an image no page uses is "not used by any page"; other files get told where they belong', () => {
  const lines = check(files(['guide/old.png', 'guide/data.csv']), { 'guide/index.mdx': page('Guide', '') });
  assert.deepEqual(lines.map((l) => l.split('\n')[0]), [
    'content/guide/old.png:1:1: `old.png` is not used by any page [content-files]',
    'content/guide/data.csv:1:1: `data.csv` is not used by any page [content-files]',
  ]);
  assert.match(lines[0] ?? '', /hint: Show it on a page with `!\[What it shows\]\(\.\/old\.png\)`/);
  assert.match(lines[1] ?? '', /hint: Delete it: .*public\//);
});

test('names that make poor URLs suggest the name to use: pages, folders, used files', () => {
  const entries: ContentEntry[] = [{ relPath: 'Get Started', kind: 'folder' }, ...files(['Get Started/Über uns.mdx', 'Get Started/a%20b.png'])];
  const lines = check(entries, { 'Get Started/Über uns.mdx': page('U', '![x](./a%2520b.png)') });
  assert.deepEqual(lines, [
    'content/Get Started:1:1: Folder name `Get Started` makes a poor URL (spaces, upper case letters) [content-files]\n  hint: Rename it to `get-started`, and update links to it.',
    'content/Get Started/Über uns.mdx:1:1: Page name `Über uns.mdx` makes a poor URL (spaces, upper case letters, a character a URL must escape: `Ü`) [content-files]\n  hint: Rename it to `uber-uns.mdx`, and update links to it.',
    'content/Get Started/a%20b.png:1:1: File name `a%20b.png` makes a poor URL (a character a URL must escape: `%`) [content-files]\n  hint: Rename it to `a-20b.png` and update the pages that show it.',
  ]);
});

test('url names: what is wrong, and the better name', () => {
  assert.deepEqual(urlNameProblems('good-name_2.v1.png'), []);
  assert.deepEqual(urlNameProblems('A b#c'), ['spaces', 'upper case letters', 'a character a URL must escape: `#`']);
  assert.equal(urlSafeName('  Ça  va?! ', 'page'), 'ca-va');
  assert.equal(urlSafeName('日本', 'page'), 'page');
});

test('symbolic links: followed inside the repository, reported when they leave it, lead nowhere or repeat a folder', () => {
  const repo = resolve(import.meta.dirname, '../../.out/content-files-repo');
  rmSync(repo, { recursive: true, force: true });
  const content = join(repo, 'content');
  mkdirSync(join(content, 'guide'), { recursive: true });
  mkdirSync(join(repo, 'shared'));
  writeFileSync(join(content, 'index.mdx'), page('Home', '![Logo](./logo.svg)'));
  writeFileSync(join(repo, 'shared/logo.svg'), '<svg/>');
  writeFileSync(join(repo, '..', 'outside.png'), '');
  symlinkSync('../shared/logo.svg', join(content, 'logo.svg'));
  symlinkSync('../../outside.png', join(content, 'outside.png'));
  symlinkSync('./missing.png', join(content, 'gone.png'));
  symlinkSync('../guide', join(content, 'guide/again'));
  const fifo = spawnSync('mkfifo', [join(content, 'pipe')]).status === 0;
  const entries = listContentEntries(content, repo);
  assert.deepEqual(entries.map((e) => `${e.relPath} ${e.kind}`), [
    'gone.png link-broken', 'guide folder', 'guide/again link-repeat', 'index.mdx file', 'logo.svg file', 'outside.png link-outside',
    ...(fifo ? ['pipe other'] : []),
  ]);
  const lines = check(entries, { 'index.mdx': page('Home', '![Logo](./logo.svg)') }).map((l) => l.split('\n')[0]);
  assert.deepEqual(lines, [
    'content/gone.png:1:1: `gone.png` is a symbolic link to `./missing.png`, which does not exist [content-files]',
    'content/guide/again:1:1: `again` is a symbolic link to the folder `guide`, which content/ already holds [content-files]',
    'content/outside.png:1:1: `outside.png` is a symbolic link to `../../outside.png`, outside the repository [content-files]',
    ...(fifo ? ['content/pipe:1:1: `pipe` is neither a file nor a folder [content-files]'] : []),
  ]);
});

test('an entry the system cannot look at (a path past PATH_MAX) is listed as unreadable, and the listing goes on', () => {
  const root = resolve(import.meta.dirname, '../../.out/deep-listing');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'a.mdx'), page('A', ''));
  // Folders made one at a time from inside each other: each name is short enough, the whole path
  // is not (so the working directory cannot be asked for its own path down there either).
  const name = 'd'.repeat(200);
  const here = process.cwd();
  let depth = 0;
  process.chdir(root);
  try {
    for (; root.length + depth * (name.length + 1) < 4_300; depth++) {
      mkdirSync(name);
      process.chdir(name);
    }
    writeFileSync('z.mdx', page('Z', ''));
  } finally {
    process.chdir(here);
  }
  try {
    const entries = listContentEntries(root);
    assert.equal(entries[0]?.relPath, 'a.mdx');
    const unreadable = entries.filter((e) => e.kind === 'unreadable');
    assert.equal(unreadable.length, 1, JSON.stringify(unreadable));
    assert.match(JSON.stringify(unreadable[0]), /ENAMETOOLONG/);
    const [d] = contentFilesRule(entries, 'content')(contentSet({ 'a.mdx': page('A', '') }));
    assert.match(formatDiagnostic(d!), /^content\/d{200}\/.*: /);
  } finally {
    // Removed from the inside out, one level at a time, for the same reason it was made that way.
    process.chdir(root);
    for (let i = 1; i < depth; i++) process.chdir(name);
    for (let i = depth; i > 0; i--) {
      rmSync(name, { recursive: true, force: true });
      process.chdir('..');
    }
    process.chdir(here);
    rmSync(root, { recursive: true, force: true });
  }
});
