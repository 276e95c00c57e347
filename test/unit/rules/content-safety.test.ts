import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSafetyRule, duplicateTitleRule, imageAltRule } from '../../../src/lib/rules/content-safety.ts';
import { page, problems } from '../../helpers/content-strings.ts';

const one = (body: string) => ({ 'a.mdx': page('A', body) });

test('plain Markdown and the allowed components pass', () => {
  const body = '## Hi\n\n<Aside type="tip" title="Note">Escaped \\{braces\\} and `{code}`.</Aside>\n\n```js\nimport x from "y";\n```\n';
  assert.deepEqual(problems(contentSafetyRule, one(body)), []);
});

test('MDX import and export, each at its line', () => {
  assert.deepEqual(problems(contentSafetyRule, one("import X from '../x.js';\nexport const a = 1;\n\nText.")), [
    'content/a.mdx:5:1: MDX `import` is not allowed in content [content-safety]',
    'content/a.mdx:6:1: MDX `export` is not allowed in content [content-safety]',
  ]);
});

test('JavaScript expressions in braces, in text and as blocks', () => {
  assert.deepEqual(problems(contentSafetyRule, one('Sum: {1 + 1}.\n\n{process.env.HOME}\n')), [
    'content/a.mdx:5:6: JavaScript expression `{1 + 1}` is not allowed in content [content-safety]',
    'content/a.mdx:7:1: JavaScript expression `{process.env.HOME}` is not allowed in content [content-safety]',
  ]);
});

test('raw HTML, inline and as blocks', () => {
  assert.deepEqual(problems(contentSafetyRule, one('<script>alert(1)</script>\n\nA <span>word</span> and <a href="javascript:x">link</a>.\n')), [
    'content/a.mdx:5:1: Raw HTML `<script>` is not allowed in content [content-safety]',
    'content/a.mdx:7:3: Raw HTML `<span>` is not allowed in content [content-safety]',
    'content/a.mdx:7:25: Raw HTML `<a>` is not allowed in content [content-safety]',
  ]);
});

test('expression and spread attributes on an allowed component', () => {
  assert.deepEqual(problems(contentSafetyRule, one('<Aside type={t}>x</Aside>\n\n<Aside {...p}>y</Aside>\n')), [
    'content/a.mdx:5:1: JavaScript expression in attribute `type` of `<Aside>` is not allowed in content [content-safety]',
    'content/a.mdx:7:1: Spread attribute in `<Aside>` is not allowed in content [content-safety]',
  ]);
});

test('images without alt text', () => {
  assert.deepEqual(problems(imageAltRule, one('![](/a.png) ![ ](/b.png) ![Fine](/c.png)')), [
    'content/a.mdx:5:1: Image `/a.png` has no alt text [image-alt]',
    'content/a.mdx:5:13: Image `/b.png` has no alt text [image-alt]',
  ]);
});

test('duplicate titles, also when the page has another frontmatter problem', () => {
  const sources = {
    'a.mdx': page('Services', ''),
    'b.mdx': '---\ntitle: services\ndescription: D\nauther: x\n---\n',
    'c.mdx': page('Stacks', ''),
  };
  assert.deepEqual(problems(duplicateTitleRule, sources), [
    'content/b.mdx:2:1: Title "services" is already used by content/a.mdx [duplicate-title]',
  ]);
});

test('attributes an allowed component does not take, and values it does not know', () => {
  assert.deepEqual(problems(contentSafetyRule, one('<Aside type="warning">x</Aside>\n\n<Aside kind="tip">y</Aside>\n')), [
    'content/a.mdx:5:1: `<Aside type="warning">` is not one of the allowed values [content-safety]',
    'content/a.mdx:7:1: Unknown attribute `kind` on `<Aside>` [content-safety]',
  ]);
});
