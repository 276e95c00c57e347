import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertDocument, PackageDocsShortError, writePackageDocs } from '../../../scripts/bench/package-docs.ts';
import { pageToEdit } from '../../../scripts/bench/edit-page.ts';
import { runContentCheck } from '../../../src/pipeline/check-content-folder.ts';
import { formatReport } from '../../../src/lib/diagnostics/diagnostics.ts';
import { ROOT } from '../../helpers/build-site.ts';

const README = `# my-lib [![CI](https://ci.example/badge.svg)](https://ci.example)

<p align="center"><img src="logo.png"></p>

A tiny library that maps {key: value} pairs, see [the API](#api) and [docs](docs/api.md).

import x from 'y'

<!--
a comment
-->

## API

Call \`map({a: 1})\` or read [the site](https://example.com/guide).

> \`\`\`js
> const a = {b: 1};
> \`\`\`

\`\`\`bash
npm install my-lib
\`\`\`
`;

test('a README becomes MDX the check reads: the title from its heading, no HTML, images or page links, braces kept as text', () => {
  const { title, parts } = convertDocument({ pkg: 'my-lib', file: 'README.md', text: README });
  assert.equal(title, 'my-lib');
  assert.equal(parts.length, 1);
  const body = parts[0]!;
  assert.doesNotMatch(body, /<p|<img|badge\.svg|<!--|a comment|^import /m);
  assert.match(body, /maps \\\{key: value\\\} pairs, see the API and docs\./);
  assert.match(body, /`map\(\{a: 1\}\)`/, 'inline code is left as written');
  assert.match(body, /\[the site\]\(https:\/\/example\.com\/guide\)/, 'links to other sites stay');
  assert.match(body, /^> ```text\n> const a = \{b: 1\};\n> ```$/m, 'a block in a quote is code the check reads as text');
  assert.match(body, /^```bash\nnpm install my-lib\n```$/m);
});

test('a long changelog is cut at its second-level headings into pages of a few releases', () => {
  const releases = Array.from({ length: 40 }, (_, i) => `## 1.${i}.0\n\n${'A fix to how the parser reads its input. '.repeat(8)}\n`).join('\n');
  const { title, parts } = convertDocument({ pkg: 'my-lib', file: 'CHANGELOG.md', text: `# Changes\n\n${releases}` });
  assert.equal(title, 'Changes');
  assert.ok(parts.length >= 2, `${parts.length} parts`);
  for (const part of parts) assert.match(part, /^## 1\.\d+\.0$/m);
  assert.equal(parts.join('\n').match(/^## /gm)?.length, 40, 'no release is lost');
});

test('the installed packages give pages the real check accepts, with a page the warm rebuild can edit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'package-docs-'));
  try {
    const plans = writePackageDocs(dir, 150, join(ROOT, 'node_modules'));
    assert.equal(plans.length, 150);
    const { files, diagnostics } = runContentCheck(dir);
    assert.equal(files.length, 150);
    assert.deepEqual(diagnostics, [], formatReport(diagnostics));
    assert.equal(plans[0]!.relPath, 'index.mdx', 'a home page, as astro dev is first asked for');
    const edited = pageToEdit(plans);
    assert.match(readFileSync(join(dir, edited.relPath), 'utf8'), /^---\ntitle: /);
    assert.throws(() => writePackageDocs(dir, 1_000_000, join(ROOT, 'node_modules')), PackageDocsShortError);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
