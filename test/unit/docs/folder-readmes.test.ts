import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// Every source folder has a README that says what it holds: each file it names exists (beside
// it, or from the repository's root), and each source file of the folder is named.
const ROOT = resolve(import.meta.dirname, '../../..');
const LIB = ['content', 'rules', 'site', 'code', 'components', 'html', 'markdown', 'search', 'search/browser', 'search/build', 'offline', 'series', 'site-diff', 'diagnostics', 'build-progress', 'tutorial'];
const FOLDERS = [...LIB.map((f) => `src/lib/${f}`), 'src/astro', 'src/render', 'src/pipeline', 'src/io', 'src/tools', 'src/client', 'src/components', 'scripts', 'scripts/bench', 'test'];
// A README lists its folder's files, and those of subfolders without a README of their own.
const LISTS_FILES = FOLDERS.filter((f) => f !== 'test');
const SOURCE = /\.(?:ts|astro)$/;

/** File names in a README's code spans: `name.ts`, `loaders/x.ts`, `src/lib/y.ts`, `-worker` suffixes aside. */
export function namedFiles(markdown: string): string[] {
  const out = new Set<string>();
  for (const [, span] of markdown.matchAll(/`([^`\n]+)`/g)) {
    for (const word of span!.split(/[\s,()]+/)) {
      const path = word.replace(/[.:;]+$/, '');
      if (/^[\w./[\]-]+\.(?:ts|astro|css|mdx)$/.test(path) && !path.startsWith('.')) out.add(path);
    }
  }
  return [...out];
}

/** Folders a README names (`src/lib/site/`, `helpers/`, and the folders of named file paths): a bare file name may live in one. */
export function namedFolders(markdown: string): string[] {
  const out = new Set<string>();
  for (const [, span] of markdown.matchAll(/`([^`\n]+)`/g)) {
    for (const word of span!.split(/[\s,()]+/)) {
      const folder = /^([\w.-]+(?:\/[\w.-]+)*)\//.exec(word.replace(/[^/]*$/, ''))?.[1];
      if (folder) out.add(folder);
    }
  }
  return [...out];
}

/** Whether a named file exists: beside the README, from the repository's root, or in a folder the README names. */
function exists(readme: string, path: string, folders: readonly string[] = []): boolean {
  const here = dirname(readme);
  return [here, '.', ...folders.flatMap((f) => [f, join(here, f)])].some((dir) => existsSync(join(ROOT, dir, path)));
}

/** Source files of `folder` a README there must name: its own, and those of subfolders without a README. */
function filesToName(folder: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, folder, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isFile() && SOURCE.test(entry.name)) out.push(rel);
    else if (entry.isDirectory() && !existsSync(join(ROOT, folder, rel, 'README.md'))) out.push(...filesToName(folder, rel));
  }
  return out;
}

test('every source folder has a README.md', () => {
  assert.deepEqual(FOLDERS.filter((f) => !existsSync(join(ROOT, f, 'README.md'))), []);
});

test('every file a folder README names exists', () => {
  const missing: string[] = [];
  for (const folder of FOLDERS) {
    const readme = `${folder}/README.md`;
    if (!existsSync(join(ROOT, readme))) continue;
    const text = readFileSync(join(ROOT, readme), 'utf8');
    const folders = namedFolders(text);
    for (const path of namedFiles(text)) {
      if (/[<>*…]|^index\.mdx$|my-page/.test(path)) continue;
      if (!exists(readme, path, folders)) missing.push(`${readme}: ${path}`);
    }
  }
  assert.deepEqual(missing, []);
});

test("every source file is named in its folder's README", () => {
  const unnamed: string[] = [];
  for (const folder of LISTS_FILES) {
    const readme = join(ROOT, folder, 'README.md');
    if (!existsSync(readme)) continue;
    const text = readFileSync(readme, 'utf8');
    for (const file of filesToName(folder)) {
      const base = file.split('/').pop()!;
      // `build-progress.ts` (+ `-worker`, …) names build-progress-worker.ts.
      const stem = base.replace(/\.(?:ts|astro)$/, '');
      const suffix = /^(.+?)(-\w+)$/.exec(stem);
      const named = text.includes(`\`${file}\``) || text.includes(`\`${base}\``) || (suffix !== null && text.includes(`\`${suffix[2]}\``) && text.includes(`${suffix[1]}.ts\``));
      if (!named) unnamed.push(`${folder}/${file}`);
    }
  }
  assert.deepEqual(unnamed, []);
});

test('a named file that is gone is caught', () => {
  assert.deepEqual(namedFiles('| `routes.ts` | and `loaders/gone.ts`, `src/lib/x.ts:4`; not `astro:content` |'), ['routes.ts', 'loaders/gone.ts']);
  assert.equal(exists('src/lib/site/README.md', 'routes.ts'), true);
  assert.equal(exists('src/astro/README.md', 'loaders/gone.ts'), false);
  assert.deepEqual(namedFolders('`src/lib/site/` (`routes.ts`), `helpers/x.ts`, `a.ts`'), ['src/lib/site', 'helpers']);
  assert.equal(exists('src/lib/content/README.md', 'routes.ts', ['src/lib/site']), true);
  assert.equal(exists('src/lib/content/README.md', 'gone.ts', ['src/lib/site']), false);
});
