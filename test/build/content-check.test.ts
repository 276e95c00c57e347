import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, sharedBuild, ROOT } from '../helpers/build-site.ts';

const DIR = 'test/fixtures/check-problems';

/** One of each problem the check finds, as `npm run check` prints the first line of each. */
const EXPECTED = [
  'guide/assets.mdx:6:3: Image "tracker" is loaded from another host (`example.com`): `https://example.com/t.png` [remote-resources]',
  'guide/assets.mdx:7:1: Raw HTML `<iframe>` is not allowed in content [content-safety]',
  'guide/assets.mdx:7:1: `<iframe src>` is loaded from another host (`www.youtube.com`): `https://www.youtube.com/embed/abc` [remote-resources]',
  'guide/broken.mdx:6:1: MDX syntax error: Expected a closing tag for `<div>` [mdx-syntax]',
  'guide/Diagram.SVG:1:1: File name `Diagram.SVG` makes a poor URL (upper case letters) [content-files]',
  'guide/duplicate.mdx:4:1: Unknown frontmatter key `auther` [frontmatter]',
  'guide/links.mdx:8:15: Placeholder target `TODO` in link "here" [links]',
  'guide/links.mdx:8:41: Empty target in link "there" [links]',
  'guide/links.mdx:9:11: Cannot find page `./servces.mdx` for link "the services page"; did you mean `./services.mdx`? [links]',
  'guide/links.mdx:10:11: Cannot find heading `#broken-link` on this page for link "anchor"; did you mean `#broken-links`? [links]',
  'guide/links.mdx:11:11: Cannot find heading `#scale-the-servce` on page `./services.mdx` for link "anchor elsewhere"; did you mean `#scale-the-service`? [links]',
  'guide/links.mdx:12:13: No page or public file has the URL `/guide/nowhere/` (link "this URL") [links]',
  'guide/links.mdx:13:10: Unsafe `javascript:` URL in link "click" [links]',
  'guide/links.mdx:13:40: Unsafe `data:` URL in link "data" [links]',
  'guide/links.mdx:13:70: Unsafe `vbscript:` URL in link "vb" [links]',
  'guide/links.mdx:14:11: Cannot find file `./missing.png` for image "diagram" [links]',
  'guide/notes.md:1:1: `notes.md` is left out of the site: only `.mdx` files are pages [content-files]',
  'guide/outside.png:1:1: `outside.png` is a symbolic link to `../../../../../../outside.png`, outside the repository [content-files]',
  'guide/safety.mdx:5:1: MDX `import` is not allowed in content [content-safety]',
  'guide/safety.mdx:6:1: MDX `export` is not allowed in content [content-safety]',
  'guide/safety.mdx:10:15: JavaScript expression `{answer}` is not allowed in content [content-safety]',
  'guide/safety.mdx:12:1: Raw HTML `<script>` is not allowed in content [content-safety]',
  'guide/safety.mdx:14:1: JavaScript expression in attribute `type` of `<Aside>` is not allowed in content [content-safety]',
  'guide/safety.mdx:16:1: Image `/favicon.svg` has no alt text [image-alt]',
  `guide/services.mdx:2:1: Title "Services" is already used by ${DIR}/guide/duplicate.mdx [duplicate-title]`,
  'guide/unused.svg:1:1: `unused.svg` is not used by any page [content-files]',
  // Saved with a byte-order mark and CRLF: the frontmatter is found, and lines count as in an editor.
  'guide/windows.mdx:4:1: Unknown frontmatter key `__proto__` [frontmatter]',
  'guide/windows.mdx:5:1: Unknown frontmatter key `toString` [frontmatter]',
  'guide/windows.mdx:10:3: Cannot find heading `#line` on page `./windows.mdx` for link "link"; did you mean `#lines`? [links]',
].map((line) => `${DIR}/${line}`);

function runCheck(args: string[], env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _, ...rest } = process.env;
  const result = spawnSync(process.execPath, ['scripts/check.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...rest, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The diagnostic lines of a report (hints and the count left out). */
function problemLines(output: string): string[] {
  return output.split('\n').filter((line) => /^\S.*?:\d+:\d+: .* \[[a-z-]+\]$/.test(line));
}

test('npm run check prints every planted problem at its line and column, and exits 1', () => {
  const result = runCheck([DIR]);
  assert.equal(result.status, 1);
  assert.deepEqual(problemLines(result.stderr), EXPECTED);
  const lines = result.stderr.split('\n');
  const hints = lines.filter((line, i) => i > 0 && problemLines(lines[i - 1]!).length === 1 && /^ {2}hint: \S.+/.test(line));
  assert.equal(hints.length, EXPECTED.length, 'each problem comes with a hint on the next line');
  assert.doesNotMatch(result.stderr, /\[object |\n\s+at /, 'no garbled value, no stack trace');
  assert.match(result.stderr, /29 problems in 11 files\./);
  assert.equal(result.stdout, '', 'no annotations outside GitHub Actions');
});

test('in GitHub Actions, check also prints an annotation for each problem', () => {
  const result = runCheck([DIR], { GITHUB_ACTIONS: 'true' });
  assert.equal(result.status, 1);
  const annotations = result.stdout.trim().split('\n');
  assert.equal(annotations.length, EXPECTED.length);
  assert.match(annotations[0] ?? '', /^::error file=test\/fixtures\/check-problems\/guide\/assets\.mdx,line=6,col=3,title=remote-resources::Image "tracker" is loaded from another host .* \(Download the file into the repository/);
});

test('a content folder that does not exist is one clear problem, not a stack trace', () => {
  const result = runCheck(['test/fixtures/no-such-folder']);
  assert.equal(result.status, 1);
  assert.equal(result.stderr, 'test/fixtures/no-such-folder:1:1: The content folder does not exist [content-files]\n  hint: Pass the folder that holds the pages (`npm run check -- content`), or set CONTENT_DIR.\n\n1 problem in 1 file.\n');
});

// How long the check takes is measured by `npm run bench` (its `check` phase), not here.
test('on the real content, check prints nothing and exits 0', () => {
  const result = runCheck([]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout + result.stderr, '');
});

test('a build of the same content fails and prints every problem', () => {
  const built = sharedBuild(DIR);
  assert.equal(built.status, 1);
  assert.deepEqual(problemLines(built.output), EXPECTED);
  assert.ok(!existsSync(built.outDir), 'nothing was built');
});

test('a page with a byte-order mark and CRLF, an image beside it and a symbolic link inside the repository build', () => {
  const clean = 'test/fixtures/check-clean';
  assert.deepEqual(runCheck([clean]), { status: 0, stdout: '', stderr: '' });
  const built = sharedBuild(clean);
  assert.equal(built.status, 0, built.output);
  const home = readFileSync(join(built.outDir, 'index.html'), 'utf8');
  assert.match(home, /<h1[^>]*>Clean home<\/h1>/, 'the frontmatter after the byte-order mark was read');
  const img = /<img [^>]*alt="The site icon"[^>]*>/.exec(home)?.[0] ?? '';
  assert.match(img, / src="\/_astro\/favicon\.[\w-]+\.svg"/, 'the image behind the link was built');
  assert.match(img, / width="32" height="32"/, 'the image keeps its size, so the page does not jump as it loads');
  const guide = readFileSync(join(built.outDir, 'guide/index.html'), 'utf8');
  assert.match(/<img [^>]*alt="Two boxes joined by an arrow"[^>]*>/.exec(guide)?.[0] ?? '', / src="\/_astro\/diagram\.[\w-]+\.svg"/);
});

test('a build with an MDX export in content fails', () => {
  const built = sharedBuild('test/fixtures/unsafe-export');
  assert.equal(built.status, 1);
  assert.deepEqual(problemLines(built.output), ['test/fixtures/unsafe-export/index.mdx:5:1: MDX `export` is not allowed in content [content-safety]']);
  assert.ok(!existsSync(built.outDir), 'nothing was built');
});

test('a build with a <script> in content fails', () => {
  const built = sharedBuild('test/fixtures/unsafe-script');
  assert.equal(built.status, 1);
  assert.deepEqual(problemLines(built.output), ['test/fixtures/unsafe-script/index.mdx:8:1: Raw HTML `<script>` is not allowed in content [content-safety]']);
  assert.ok(!existsSync(built.outDir), 'nothing was built');
});

test('a rebuild with a warm cache still checks the pages that did not change', () => {
  const content = join(ROOT, 'test/.out/cache-content');
  rmSync(content, { recursive: true, force: true });
  cpSync(join(ROOT, 'test/fixtures/site-basic'), content, { recursive: true });
  writeFileSync(join(content, 'links.mdx'), '---\ntitle: Links\ndescription: Links to a heading elsewhere.\n---\n\nSee [the file](./guide/first-steps.mdx#write-the-file).\n');
  const first = buildSite('cache-check', content);
  assert.equal(first.status, 0, first.output);
  // Rename the heading the unchanged page links to: only the pre-build check can notice.
  const target = join(content, 'guide/first-steps.mdx');
  writeFileSync(target, readFileSync(target, 'utf8').replace('## Write the file', '## Write the Dockerfile'));
  const second = buildSite('cache-check', content);
  assert.equal(second.status, 1);
  assert.deepEqual(problemLines(second.output), [
    'test/.out/cache-content/links.mdx:6:5: Cannot find heading `#write-the-file` on page `./guide/first-steps.mdx` for link "the file" [links]',
  ]);
});
