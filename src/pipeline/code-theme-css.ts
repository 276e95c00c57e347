// Writes src/styles/code-theme.css: token classes of both themes and the Dockerfile note rules.
// test/unit/pipeline/code-theme-css.test.ts fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { codeThemeStylesheet } from '../lib/code/code-token-classes.ts';
import { codePalette, getHighlighter } from '../lib/code/highlighter.ts';

const file = new URL('../styles/code-theme.css', import.meta.url);
writeFileSync(file, codeThemeStylesheet(codePalette(await getHighlighter())));
console.log(`wrote ${file.pathname}`);
