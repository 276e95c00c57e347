// Writes src/styles/code-theme.css: token classes of both themes and the Dockerfile note rules.
// test/unit/code-theme-css.test.ts fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { codeThemeStylesheet } from '../src/lib/code-token-classes.ts';
import { codePalette, getHighlighter } from '../src/lib/highlighter.ts';

const file = new URL('../src/styles/code-theme.css', import.meta.url);
writeFileSync(file, codeThemeStylesheet(codePalette(await getHighlighter())));
console.log(`wrote ${file.pathname}`);
