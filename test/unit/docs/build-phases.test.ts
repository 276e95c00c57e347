import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The phase list in docs/ARCHITECTURE.md is the build's, in the build's order: a phase added to
// scripts/build.ts and not to the map (or one renamed, reordered or removed) fails here.
const ROOT = resolve(import.meta.dirname, '../../..');

/** The phase names scripts/build.ts runs, in source order: each `phase('name', …)` call. */
export function buildPhases(source: string): string[] {
  return [...source.matchAll(/\bphase\(\s*'([^']+)'/g)].map((m) => m[1]!);
}

/** The numbered phases under "## The build": lines such as "1. `check`: …". */
export function documentedPhases(markdown: string): string[] {
  const section = /^## The build\n([\s\S]*?)(?=^## )/m.exec(markdown)?.[1] ?? '';
  return [...section.matchAll(/^\d+\. `([^`]+)`/gm)].map((m) => m[1]!);
}

test('docs/ARCHITECTURE.md lists the build phases of scripts/build.ts, in order', () => {
  const fromBuild = buildPhases(readFileSync(join(ROOT, 'scripts/build.ts'), 'utf8'));
  assert.ok(fromBuild.length >= 5, `expected the build's phases, found ${fromBuild.join(', ')}`);
  assert.deepEqual(documentedPhases(readFileSync(join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8')), fromBuild);
});

test('a phase missing from the doc, or out of order, is caught', () => {
  const build = "await phase('check', f);\nconst x = await phase('markdown', () => {});\nawait phase( 'astro', g);";
  assert.deepEqual(buildPhases(build), ['check', 'markdown', 'astro']);
  const doc = '## The build\n\n1. `check`: a\n2. `astro`: b\n   wrapped\n3. `markdown`: c\n\n## Next\n\n1. `other`: d\n';
  assert.deepEqual(documentedPhases(doc), ['check', 'astro', 'markdown']);
  assert.notDeepEqual(documentedPhases(doc), buildPhases(build));
});
