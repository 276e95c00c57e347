import type { ShikiTransformer } from 'shiki/core';
import type { Element, ElementContent } from 'hast';
import { classesOf } from '../lib/code/code-block-hast.ts';
import { tokenClasses, type TokenPalette } from '../lib/code/code-token-classes.ts';

/**
 * Tokens as classes, not inline styles: each token's `--shiki-light`/`--shiki-dark` colours (and
 * font styles) become palette classes from `src/styles/code-theme.css`. A token in the block's
 * own colours needs no element at all, and neighbours with the same classes become one.
 * Shiki's style-to-class transformer names classes by a hash and collects the CSS while pages
 * render, which a bundled stylesheet cannot wait for; this palette is known before the build.
 */
export function shikiTokenClasses(palette: TokenPalette): ShikiTransformer {
  return {
    name: 'code-token-classes',
    enforce: 'post',
    tokens(lines) {
      for (const line of lines) {
        for (const token of line) {
          const classes = tokenClasses(token.htmlStyle ?? {}, palette);
          token.htmlStyle = {};
          if (classes.length > 0) token.htmlAttrs = { ...token.htmlAttrs, class: classes.join(' ') };
        }
      }
    },
    code(code) {
      for (const line of code.children) if (line.type === 'element') line.children = compact(line.children);
    },
  };
}

/** Unwraps spans without classes and joins neighbours that look the same. */
function compact(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    const unwrapped = child.type === 'element' && child.tagName === 'span' && isBare(child) ? child.children : [child];
    for (const node of unwrapped) {
      const last = out.at(-1);
      if (node.type === 'text' && last?.type === 'text') last.value += node.value;
      else if (node.type === 'element' && last?.type === 'element' && sameSpan(node, last)) last.children.push(...node.children);
      else out.push(node);
    }
  }
  return out;
}

function isBare(span: Element): boolean {
  return Object.keys(span.properties).every((k) => (k === 'class' || k === 'className') && classesOf(span).length === 0);
}

function sameSpan(a: Element, b: Element): boolean {
  if (a.tagName !== 'span' || b.tagName !== 'span') return false;
  const keys = [...Object.keys(a.properties), ...Object.keys(b.properties)];
  return keys.every((k) => k === 'class' || k === 'className') && classesOf(a).join(' ') === classesOf(b).join(' ');
}
