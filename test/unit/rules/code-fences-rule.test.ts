import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseContentFile } from '../../../src/lib/content/content-file.ts';
import { checkContent } from '../../../src/lib/rules/content-rule.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics/diagnostics.ts';
import { contentRules } from '../../../src/lib/rules/index.ts';

const head = '---\ntitle: T\ndescription: D\n---\n';
const check = (body: string) =>
  checkContent([parseContentFile('a.mdx', 'content/a.mdx', `${head}${body}`)], contentRules(() => false)).map(formatDiagnostic);
const SUPPORTED = 'dockerfile (docker), bash (sh, shell), console (shellsession), yaml (yml), python (py), json, ini, text (plaintext, txt)';

test('a block with an unknown language is located, with the languages the site supports', () => {
  assert.deepEqual(check('\nSome text.\n\n```js\nlet x;\n```\n'), [
    `content/a.mdx:8:1: Code block language \`js\` is not supported [code-language]\n  hint: Write one of these after the opening \`\`\`: ${SUPPORTED}.`,
  ]);
});

test('a block with no language is located too', () => {
  assert.deepEqual(check('\n- a list\n\n  ```\n  plain\n  ```\n'), [
    `content/a.mdx:8:3: Code block has no language [code-language]\n  hint: Write one of these after the opening \`\`\`: ${SUPPORTED}.`,
  ]);
});

test('known languages and aliases in any letter case pass', () => {
  assert.deepEqual(check('```Dockerfile\nFROM x\n```\n\n```sh\nls\n```\n\n```yml\na: 1\n```\n\n```console\n$ ls\n```\n'), []);
});

test('fence options that cannot be understood, or marks past the end, are reported', () => {
  assert.deepEqual(check('```yaml {4} titel="x"\na: 1\n```\n'), [
    'content/a.mdx:5:1: Code block options: unknown fence option `titel` (use title="…", {lines}, ins={lines}, del={lines} or diff) [code-meta]\n  hint: See "Code blocks" in CONTRIBUTING.md.',
    'content/a.mdx:5:1: Code block options: line 4 is past the end of the block [code-meta]\n  hint: See "Code blocks" in CONTRIBUTING.md.',
  ]);
});
