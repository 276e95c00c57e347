import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/build-site.ts';

// One page per way frontmatter or MDX can defeat a parser: YAML resource limits, odd YAML, bytes
// that are not UTF-8, MDX past the parser's limits. Each is a located problem, never a crash.
const DIR = 'test/fixtures/check-yaml';

/**
 * The first line of each problem. `COL` stands for a column that depends on how deep the YAML
 * parser's call stack reached before it gave up (the line does not).
 */
const EXPECTED = [
  'alias-bomb.mdx:5:8: YAML aliases here expand to more than 100 values [frontmatter]',
  'binary-title.mdx:2:1: Frontmatter `title` Invalid input: expected string, received Buffer [frontmatter]',
  'collection-key.mdx:4:3: A frontmatter key is a list, a mapping or an alias [frontmatter]',
  'custom-tag.mdx:2:8: Frontmatter cannot read the YAML tag `!shout` [frontmatter]',
  'deep-block.mdx:LINE:COL: Frontmatter nests lists or mappings too deeply to read [frontmatter]',
  'deep-flow.mdx:4:COL: Frontmatter nests lists or mappings too deeply to read [frontmatter]',
  'document-start.mdx:4:1: Frontmatter holds more than one YAML document (a `---` or `...` line inside it) [frontmatter]',
  'double-bom.mdx:1:1: An extra byte-order mark (the invisible character U+FEFF) stands before the opening `---` [frontmatter]',
  'duplicate-key.mdx:4:1: A frontmatter key appears twice [frontmatter]',
  'invalid-utf8.mdx:6:4: The file is not valid UTF-8 (byte 0xE9 at offset 72) [encoding]',
  'long-key.mdx:4:1: A frontmatter key runs on for more than 1,024 characters [frontmatter]',
  'long-line.mdx:7:10001: Line is 15,000 characters long; outside code blocks a line may hold 10,000 [parser-limits]',
  'mdx-error.mdx:7:1: MDX syntax error: Expected a closing tag for `<Aside>` [mdx-syntax]',
  'open-tags.mdx:107:1: More than 100 tags are open at once here [parser-limits]',
  'two-documents.mdx:5:1: Frontmatter holds more than one YAML document (a `---` or `...` line inside it) [frontmatter]',
  'unresolved-alias.mdx:2:8: YAML alias `*name` has no anchor `&name` before it [frontmatter]',
];

const pattern = (line: string) =>
  new RegExp(`^${`${DIR}/${line}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('LINE', '\\d+').replace('COL', '\\d+')}$`);

test('npm run check reports every parser-defeating page at its place, with a hint, and no stack trace', () => {
  const { GITHUB_ACTIONS: _, ...env } = process.env;
  const result = spawnSync(process.execPath, ['scripts/check.ts', DIR], { cwd: ROOT, encoding: 'utf8', env });
  assert.equal(result.status, 1, result.stderr);
  assert.equal(result.stdout, '');
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
  assert.doesNotMatch(result.stderr, /\(node:\d+\) Warning/, 'no warning from a parser on stderr');
  const lines = result.stderr.split('\n');
  const problems = lines.filter((line) => /^\S.*:\d+:\d+: .* \[[a-z-]+\]$/.test(line));
  assert.equal(problems.length, EXPECTED.length, problems.join('\n'));
  EXPECTED.forEach((expected, i) => assert.match(problems[i]!, pattern(expected)));
  // Each problem has a hint on the next line, and every page but the index has exactly one.
  for (const problem of problems) assert.match(lines[lines.indexOf(problem) + 1]!, /^ {2}hint: \S.+/);
  const pages = readdirSync(join(ROOT, DIR)).filter((name) => name !== 'index.mdx').sort();
  assert.deepEqual(problems.map((p) => p.slice(DIR.length + 1).split(':')[0]), pages);
  assert.match(result.stderr, new RegExp(`\\n${EXPECTED.length} problems in ${EXPECTED.length} files\\.\\n$`));
});
