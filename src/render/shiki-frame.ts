import type { ShikiTransformer } from 'shiki/core';
import type { Element } from 'hast';
import type { CodeLanguage } from '../lib/code/code-languages.ts';
import { figureHast, preProperties } from '../lib/code/code-block-hast.ts';

/**
 * Title and frame: the `pre` becomes focusable and named (Shiki's theme classes and inline
 * colours go; `code-theme.css` colours it), and sits in a figure captioned with the file name or
 * the language. Runs its root hook before the copy and Dockerfile transformers add to the figure.
 */
export function shikiFrame(language: CodeLanguage, title: string | undefined): ShikiTransformer {
  return {
    name: 'code-frame',
    pre(pre) {
      pre.properties = preProperties(language, title);
    },
    root(root) {
      const pre = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
      if (!pre) return;
      return { type: 'root', children: [figureHast(language, title, pre)] };
    },
  };
}
