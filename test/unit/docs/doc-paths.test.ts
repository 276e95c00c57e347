import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Every path the docs name in backticks, under one of the project's folders, must exist: a doc
// that names a file that is gone is wrong.
const ROOT = resolve(import.meta.dirname, '../../..');
const FOLDERS = ['src/', 'scripts/', 'test/', 'content/', 'docs/', 'bench/', 'public/', '.github/', '.ci/'];
// Folders the project makes when it runs (git ignores them): named in the docs, absent from a clone.
const MADE = readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n').map((l) => l.trim().replace(/\/$/, '')).filter((l) => l.includes('/') && !l.includes('*'));
// The folder READMEs under src/, scripts/ and test/ (not the fixtures' content) count as docs too.
const READMES = ['src', 'scripts', 'test'].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.split('/').pop() === 'README.md' && !/^(?:fixtures|\.out|expected)\//.test(f))
    .map((f) => `${dir}/${f}`),
);
const DOCS = ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`), ...READMES];

/** Paths named in a Markdown text: code spans that start with a project folder, without placeholders or globs. */
function namedPaths(markdown: string): string[] {
  const out = new Set<string>();
  for (const [, span] of markdown.matchAll(/`([^`\n]+)`/g)) {
    for (const word of span!.split(/[\s,()]+/)) {
      const path = word.replace(/[.:;]+$/, '').replace(/:\d+(?::\d+)?$/, '');
      if (!FOLDERS.some((f) => path.startsWith(f))) continue;
      // A placeholder (`<page>`), a glob, a generated folder or one with an example name is not a real path.
      if (/[<>*{}…$]|\.out\/|\/\.work\/|my-page|^test\/fixtures\/<|\bdist\b/.test(path)) continue;
      const plain = path.replace(/\/$/, '');
      if (!MADE.some((m) => plain === m || plain.startsWith(`${m}/`))) out.add(plain);
    }
  }
  return [...out];
}

test('the folder READMEs are among the docs checked', () => {
  assert.ok(READMES.includes('src/lib/site/README.md') && READMES.includes('test/README.md'), READMES.join(', '));
});

test('every file or folder the docs name exists', () => {
  const missing: string[] = [];
  for (const doc of DOCS) {
    for (const path of namedPaths(readFileSync(join(ROOT, doc), 'utf8'))) {
      if (!existsSync(join(ROOT, path))) missing.push(`${doc}: ${path}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('a path that is gone is caught', () => {
  assert.deepEqual(namedPaths('See `src/lib/gone.ts` and `scripts/build.ts:12`, not `<page>/index.md`.'), ['src/lib/gone.ts', 'scripts/build.ts']);
  assert.equal(existsSync(join(ROOT, 'src/lib/gone.ts')), false);
});
