import type { ShikiTransformer } from 'shiki/core';
import type { Element } from 'hast';
import type { CodeLanguage } from '../lib/code/code-languages.ts';
import { blockName, classesOf, copyActionsHast, figureOf, textOf } from '../lib/code/code-block-hast.ts';
import { copyText } from '../lib/code/copy-text.ts';

/**
 * Copy text: read from the finished lines (after diff columns and notation comments are gone),
 * without removed lines, and for a terminal session only the commands. Adds the Copy button and
 * its status line to the figure.
 */
export function shikiCopyText(language: CodeLanguage, title: string | undefined): ShikiTransformer {
  return {
    name: 'code-copy-text',
    root(root) {
      const figure = figureOf(root);
      if (!figure) return;
      const lines = this.code.children.filter((c): c is Element => c.type === 'element' && classesOf(c).includes('line'));
      const removed = lines.flatMap((line, i) => (classesOf(line).includes('line-del') ? [i + 1] : []));
      const copy = copyText(lines.map(textOf).join('\n'), language.name, removed);
      figure.children.push(copyActionsHast(blockName(language, title), copy));
    },
  };
}
