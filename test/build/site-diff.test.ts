import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildSite, outDirFor } from '../helpers/build-site.ts';

// The navigation fixture built, then edited as a pull request would: one page's text changed,
// one page added beside another, one part of the series removed.
const content = outDirFor('site-diff-content');
rmSync(content, { recursive: true, force: true });
cpSync(join(ROOT, 'test/fixtures/site-nav'), content, { recursive: true });
const before = buildSite('site-diff-before', content);

const middle = join(content, 'tour/middle.mdx');
writeFileSync(middle, readFileSync(middle, 'utf8').replace('Text of part 2.', 'Text of part 2, with a freshly written sentence.'));
writeFileSync(join(content, 'extras/tips.mdx'), '---\ntitle: Tips & tricks\ndescription: A page added beside the notes.\n---\n\nA few tips.\n');
rmSync(join(content, 'tour/finish.mdx'));
const after = buildSite('site-diff-after', content);

const siteDiff = (...args: string[]) => spawnSync(process.execPath, ['scripts/site-diff.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

/** The report's section under `### <name> (n)`, up to the next section. */
const section = (report: string, name: string) => report.split(/^### /m).find((s) => s.startsWith(`${name} (`)) ?? '';
/** The paths a piece of the report names. */
const paths = (text: string) => [...text.matchAll(/`(\/[^`]*)`/g)].map((m) => m[1]!);

test('site-diff names the edited page with its new words, the added and removed pages, and the pages whose navigation alone changed', () => {
  assert.equal(before.status, 0, before.output);
  assert.equal(after.status, 0, after.output);
  const run = siteDiff(before.outDir, after.outDir);
  assert.equal(run.status, 0, run.stderr);
  const report = run.stdout;
  assert.deepEqual(paths(section(report, 'Added')), ['/extras/tips/']);
  assert.match(section(report, 'Added'), /- Tips \\& tricks — `\/extras\/tips\/`/);
  assert.deepEqual(paths(section(report, 'Removed')), ['/tour/finish/']);
  assert.match(section(report, 'Removed'), /- Tour Finish — `\/tour\/finish\/`/);
  const changed = section(report, 'Changed');
  assert.match(changed, /#### Tour Middle — `\/tour\/middle\/`\n\n- Words: 6 added, 1 removed\n {2}- added: “2, with a freshly written sentence\\\.”/);
  // The pages that list the added or the removed page in their own text changed too.
  assert.ok(paths(changed).includes('/tour/'), changed);
  // The other part of the series and the added page's sibling show them only in their navigation.
  const navigation = paths(section(report, 'Navigation only'));
  for (const path of ['/tour/start/', '/extras/notes/']) assert.ok(navigation.includes(path), `${path} in ${navigation.join(', ')}`);
  // A page in another folder, whose navigation does not list the changed ones, is left out.
  assert.ok(!report.includes('`/extras/deep/leaf/`'), report);
  // Each page is named once, and in URL order within its section.
  const named = paths(report);
  assert.equal(new Set(named).size, named.length, report);
  for (const name of ['Changed', 'Navigation only']) {
    const listed = paths(section(report, name));
    assert.deepEqual(listed, [...listed].sort(), name);
  }
});

test('site-diff reports no change between a build and itself, and explains its arguments', () => {
  const same = siteDiff(after.outDir, after.outDir);
  assert.equal(same.stdout, '## What this change does to the site\n\nNo page changed.\n');
  const missing = siteDiff(after.outDir);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /Give two folders/);
  assert.match(siteDiff('--help').stdout, /^Usage: npm run site-diff -- <old site folder> <new site folder>/);
});

test('a reviewer serves the downloaded site from its folder with npm run serve', async () => {
  const server = spawn(process.execPath, ['scripts/serve.ts', after.outDir, '--port', '0'], { cwd: ROOT });
  let output = '';
  server.stdout.setEncoding('utf8');
  server.stderr.setEncoding('utf8');
  server.stderr.on('data', (chunk: string) => (output += chunk));
  const exited = once(server, 'exit').then(() => assert.fail(`npm run serve stopped: ${output}`));
  try {
    while (!/ at (http:\S+)/.test(output)) {
      const [chunk] = (await Promise.race([once(server.stdout, 'data'), exited])) as [string];
      output += chunk;
    }
    const url = / at (http:\S+)/.exec(output)![1]!;
    const page = await fetch(new URL('extras/tips/', url));
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<h1[^>]*>Tips &amp; tricks<\/h1>/);
    assert.equal((await fetch(new URL('tour/finish/', url))).status, 404, 'the removed page is gone');
  } finally {
    server.kill();
  }
});
