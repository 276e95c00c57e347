import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, readPage, ROOT } from '../helpers/build-site.ts';

const content = 'test/.out/new-page-content';

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
}

test('npm run new scaffolds a page that passes check and builds, and never overwrites', () => {
  rmSync(join(ROOT, content), { recursive: true, force: true });
  cpSync(join(ROOT, 'test/fixtures/site-basic'), join(ROOT, content), { recursive: true });

  const created = run('scripts/new.ts', ['guide/my-page', 'My title']);
  assert.equal(created.status, 0, created.stderr);
  assert.match(created.stdout, /^Created test\/\.out\/new-page-content\/guide\/my-page\.mdx\./);
  assert.match(created.stdout, /http:\/\/localhost:4321\/guide\/my-page\//);
  const source = readFileSync(join(ROOT, content, 'guide/my-page.mdx'), 'utf8');
  assert.match(source, /^---\ntitle: My title\ndescription: .+\n---\n/);

  const check = run('scripts/check.ts', []);
  assert.equal(check.status, 0, check.stderr);
  assert.equal(check.stdout + check.stderr, '');

  const built = buildSite('new-page', content);
  assert.equal(built.status, 0, built.output);
  assert.match(readPage(built.outDir, 'guide/my-page/index.html'), /<h1[^>]*>My title<\/h1>/);

  const again = run('scripts/new.ts', ['guide/my-page', 'Other']);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /my-page\.mdx already exists/);
  assert.equal(readFileSync(join(ROOT, content, 'guide/my-page.mdx'), 'utf8'), source, 'the page is unchanged');

  const bad = run('scripts/new.ts', ['Guide/Page.mdx', 'T']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /is not a page path/);
  assert.ok(!existsSync(join(ROOT, content, 'Guide')));
});
