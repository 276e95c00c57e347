import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { codeThemeStylesheet, tokenClasses } from '../../../src/lib/code/code-token-classes.ts';
import { codePalette, getHighlighter } from '../../../src/lib/code/highlighter.ts';

test('src/styles/code-theme.css is what the themes and the instruction list generate', async () => {
  const expected = codeThemeStylesheet(codePalette(await getHighlighter()));
  assert.equal(readFileSync('src/styles/code-theme.css', 'utf8'), expected, 'regenerate it: node src/pipeline/code-theme-css.ts');
});

test('token styles map to palette classes; the block’s own colours need none; an unknown one is an error', async () => {
  const palette = codePalette(await getHighlighter());
  assert.deepEqual(tokenClasses({ '--shiki-light': '#1F2328', '--shiki-dark': '#E6EDF3' }, palette), []);
  const [light, dark] = tokenClasses({ '--shiki-light': '#CF222E', '--shiki-dark': '#FF7B72' }, palette);
  assert.match(light ?? '', /^l\d+$/);
  assert.match(dark ?? '', /^d\d+$/);
  assert.equal(tokenClasses({ '--shiki-light': '#57606a' }, palette).length, 1, 'the darker comment grey is in the palette');
  assert.throws(() => tokenClasses({ '--shiki-light': '#6e7781' }, palette), /#6e7781/, 'the replaced grey is not');
  assert.throws(() => tokenClasses({ '--shiki-light': '#123456' }, palette), /#123456.*code-theme-css/);
  const css = codeThemeStylesheet(palette);
  assert.match(css, new RegExp(`\\.code-block \\.${light}\\{--shiki-light:#cf222e\\}`));
  assert.match(css, /\.code-block:has\(a\[aria-describedby\$="-run"\]:is\(:hover,:focus\)\) \.code-note\[id\$="-run"\]\{display:block\}/);
});
