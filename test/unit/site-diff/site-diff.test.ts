import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { pageContent } from '../../../src/lib/site-diff/page-content.ts';
import { diffSequences, diffWords, excerpt } from '../../../src/lib/site-diff/word-diff.ts';
import { compareSites, contentChange, type BuiltPage } from '../../../src/lib/site-diff/compare-sites.ts';
import { codeSpan, escapeMarkdown, siteDiffReport } from '../../../src/lib/site-diff/site-diff-report.ts';
import { htmlTitle } from '../../../src/lib/site-diff/html-title.ts';

// A copy shaped as the build writes it (src/lib/markdown/page-markdown.ts): title, description, text, listing.
const COPY = `# Build an image

> Write a Dockerfile and build it.

## Write the file

Create a file named **Dockerfile** (see [the next part](https://example.com/tour/run/)):

\`\`\`dockerfile title="Dockerfile"
FROM python:3.12-slim
\`\`\`

| command | what it does |
| --- | --- |
| \`docker image ls\` | list images |

See the [Docker reference][ref].

[ref]: https://docs.docker.com/reference/dockerfile/
`;

test('a Markdown copy gives its title, blocks of words, headings, code blocks and links', () => {
  const content = pageContent(COPY);
  assert.equal(content.title, 'Build an image');
  assert.deepEqual(content.headings, ['## Write the file']);
  assert.deepEqual(content.code, [{ lang: 'dockerfile', title: 'Dockerfile', value: 'FROM python:3.12-slim' }]);
  assert.deepEqual(content.links, ['https://example.com/tour/run/', 'https://docs.docker.com/reference/dockerfile/']);
  assert.deepEqual(content.blocks, [
    ['Write', 'a', 'Dockerfile', 'and', 'build', 'it.'],
    ['Write', 'the', 'file'],
    ['Create', 'a', 'file', 'named', 'Dockerfile', '(see', 'the', 'next', 'part):'],
    ['command'],
    ['what', 'it', 'does'],
    ['docker', 'image', 'ls'],
    ['list', 'images'],
    ['See', 'the', 'Docker', 'reference.'],
  ]);
  // Code is not prose: the block's text is compared as a block, not counted as words.
  assert.ok(!content.blocks.flat().includes('FROM'));
});

test('a frontmatter title wins over the first heading; a copy without either has no title', () => {
  assert.equal(pageContent('---\ntitle: "From *frontmatter*"\n---\n\n# Heading\n').title, 'From *frontmatter*');
  assert.equal(pageContent('Just text.\n\n## Not a title\n').title, '');
  assert.equal(pageContent('# Title with `code` and *emphasis*\n').title, 'Title with code and emphasis');
});

test('the sequence diff is a shortest edit script: what it keeps is a longest common subsequence', () => {
  const lcs = (a: string[], b: string[]) => {
    const row = new Array<number>(b.length + 1).fill(0);
    for (const x of a) {
      let diagonal = 0;
      for (let j = 1; j <= b.length; j++) {
        const up = row[j]!;
        row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(up, row[j - 1]!);
        diagonal = up;
      }
    }
    return row[b.length]!;
  };
  const words = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 });
  fc.assert(
    fc.property(words, words, (a, b) => {
      const { removed, added } = diffSequences(a, b);
      const keptA = a.filter((_, i) => !removed.includes(i));
      const keptB = b.filter((_, i) => !added.includes(i));
      assert.deepEqual(keptA, keptB);
      assert.equal(keptA.length, lcs(a, b));
    }),
    { seed: 31, numRuns: 500 },
  );
});

test('a new paragraph counts as a whole run from its first word; an edited sentence as the words that changed', () => {
  const before = [['Run', 'the', 'app.'], ['A', 'closing', 'line.']];
  const inserted = diffWords(before, [['Run', 'the', 'app.'], ['A', 'new', 'paragraph', 'here.'], ['A', 'closing', 'line.']]);
  assert.deepEqual(inserted, { added: [['A', 'new', 'paragraph', 'here.']], removed: [] });
  const edited = diffWords(before, [['Run', 'the', 'whole', 'app', 'now.'], ['A', 'closing', 'line.']]);
  assert.deepEqual(edited, { added: [['whole', 'app', 'now.']], removed: [['app.']] });
  assert.equal(excerpt(edited.added), 'whole app now.');
  assert.equal(excerpt([['one', 'two', 'three']], 2), 'one two …');
  assert.equal(excerpt([['one'], ['two']]), 'one …');
  assert.equal(excerpt([]), '');
});

test('code blocks are matched by text, then by language and title: moved is unchanged, edited is changed', () => {
  const page = (code: string) => pageContent(`# T\n\n${code}`);
  const before = page('```yaml title="a.yml"\nx: 1\n```\n\n```console\n$ ls\n```\n\n```text\nbye\n```\n');
  const after = page('```console\n$ ls\n```\n\n```yaml title="a.yml"\nx: 2\n```\n\n```python\nprint()\n```\n');
  assert.deepEqual(contentChange(before, after).code, {
    added: [{ lang: 'python', title: '' }],
    changed: [{ lang: 'yaml', title: 'a.yml' }],
    removed: [{ lang: 'text', title: '' }],
  });
});

const page = (path: string, markdown: string | null, html = markdown ?? path): BuiltPage => ({ path, htmlDigest: html, markdown, htmlTitle: `HTML of ${path}` });

test('pages are sorted into added, removed, changed and navigation only; untouched pages are left out', () => {
  const before = [
    page('/z/', '# Zed\n\nSame.\n'),
    page('/a/', '# A\n\nOld words here.\n'),
    page('/gone/', '# Gone\n'),
    page('/nav/', '# Nav\n', 'old side navigation'),
    page('/same/', '# Same\n'),
    page('/offline/', null, 'old layout'),
  ];
  const after = [
    page('/same/', '# Same\n'),
    page('/z/', '# Zed\n\nSame.\n', 'new side navigation'),
    page('/new/', '# New *page*\n'),
    page('/a/', '# A again\n\nNew words here.\n\n## Added\n\n[x](https://example.com/)\n'),
    page('/nav/', '# Nav\n', 'new side navigation'),
    page('/offline/', null, 'new layout'),
  ];
  const diff = compareSites(before, after);
  assert.deepEqual(diff.added, [{ path: '/new/', title: 'New page' }]);
  assert.deepEqual(diff.removed, [{ path: '/gone/', title: 'Gone' }]);
  assert.deepEqual(diff.navigationOnly, [
    { path: '/nav/', title: 'Nav' },
    { path: '/offline/', title: 'HTML of /offline/' },
    { path: '/z/', title: 'Zed' },
  ]);
  assert.deepEqual(diff.changed, [
    {
      path: '/a/',
      title: 'A again',
      change: {
        oldTitle: 'A',
        words: { added: 3, removed: 1, addedExcerpt: 'New …', removedExcerpt: 'Old' },
        headings: { added: ['## Added'], removed: [] },
        code: { added: [], removed: [], changed: [] },
        links: { added: ['https://example.com/'], removed: [] },
      },
    },
  ]);
});

test('the report lists each kind of change, escapes titles and text, and folds a long navigation list', () => {
  const before = [page('/a/', '# A\n\nOld words.\n'), ...Array.from({ length: 12 }, (_, i) => page(`/n${String(i).padStart(2, '0')}/`, '# N\n', 'old'))];
  const after = [page('/a/', '# A\n\nNew *words* \\<b>.\n'), page('/b/', '# \\[Link](x) & \\<i>\\*bold\\*\\</i> #1\n'), ...before.slice(1).map((p) => ({ ...p, htmlDigest: 'new' }))];
  const report = siteDiffReport(compareSites(before, after));
  assert.equal(
    report.split('<details>')[0],
    [
      '## What this change does to the site',
      '',
      '1 page changed, 1 added, 0 removed; 12 pages with only navigation or layout changes.',
      '',
      '### Added (1)',
      '',
      '- \\[Link\\]\\(x\\) \\& \\<i\\>\\*bold\\*\\</i\\> \\#1 — `/b/`',
      '',
      '### Changed (1)',
      '',
      '#### A — `/a/`',
      '',
      '- Words: 3 added, 2 removed',
      '  - added: “New words \\<b\\>\\.”',
      '  - removed: “Old words\\.”',
      '',
      '### Navigation only (12)',
      '',
      'The HTML of these pages changed and their text did not: a page near them was added, removed or renamed, or the layout changed.',
      '',
      '',
    ].join('\n'),
  );
  assert.match(report, /<details>\n<summary>12 pages<\/summary>\n\n- `\/n00\/`\n- `\/n01\/`\n[\s\S]*- `\/n11\/`\n\n<\/details>\n$/);
});

test('the report says when nothing changed, names a change of formatting, and lists few navigation pages inline', () => {
  assert.equal(siteDiffReport(compareSites([page('/a/', '# A\n')], [page('/a/', '# A\n')])), '## What this change does to the site\n\nNo page changed.\n');
  const report = siteDiffReport(compareSites([page('/a/', '# A\n\nSome *text*.\n'), page('/b/', '# B\n', 'x')], [page('/a/', '# A\n\nSome **text**.\n'), page('/b/', '# B\n', 'y')]));
  assert.match(report, /#### A — `\/a\/`\n\n- Only the formatting changed/);
  assert.match(report, /### Navigation only \(1\)\n\n.*\n\n`\/b\/`\n$/);
});

test('code spans hold any text; escaping leaves nothing Markdown or HTML would read', () => {
  assert.equal(codeSpan('/a/'), '`/a/`');
  assert.equal(codeSpan('a `b` c'), '``a `b` c``');
  assert.equal(codeSpan('`x`'), '`` `x` ``');
  assert.equal(escapeMarkdown('  two\nlines *a* _b_ [c](d) <e> `f` | g ! h '), 'two lines \\*a\\* \\_b\\_ \\[c\\]\\(d\\) \\<e\\> \\`f\\` \\| g \\! h');
});

test('a page title from its HTML: the first h1 without tags and with entities decoded, else the title element', () => {
  assert.equal(htmlTitle('<title>T · Site</title><h1 id="x">Not <em>saved</em> &amp; offline&#33;</h1>'), 'Not saved & offline!');
  assert.equal(htmlTitle('<head><title>Only &lt;title&gt;</title></head>'), 'Only <title>');
  assert.equal(htmlTitle('<p>nothing</p>'), '');
});
