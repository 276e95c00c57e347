import type { HastNode, HastPluginEntry } from 'satteri';
import type { Element } from 'hast';
import type { ShikiTransformer } from 'shiki/core';
import { transformerMetaHighlight } from '@shikijs/transformers';
import { fileURLToPath } from 'node:url';
import { findCodeLanguage, supportedLanguagesText, type CodeLanguage } from '../lib/code/code-languages.ts';
import { parseFenceMeta, type FenceMeta } from '../lib/code/code-meta.ts';
import { codePalette, getHighlighter, THEME_OPTIONS } from '../lib/code/highlighter.ts';
import { figureOf } from '../lib/code/code-block-hast.ts';
import type { TokenPalette } from '../lib/code/code-token-classes.ts';
import { shikiFrame } from './shiki-frame.ts';
import { shikiCopyText } from './shiki-copy-text.ts';
import { shikiDiffColumn, shikiNotations } from './shiki-diff-notation.ts';
import { shikiLineMarks } from './shiki-line-marks.ts';
import { shikiDockerfileShell } from './shiki-dockerfile-shell.ts';
import { shikiDockerfileInstructions } from './shiki-dockerfile-instructions.ts';
import { shikiTokenClasses } from './shiki-token-classes.ts';
import { shikiConsoleOutput } from './shiki-console-output.ts';

/**
 * Highlights every fenced code block at build time with the site's one Shiki highlighter
 * (`codeToHast` with the transformers below) and renders it as a figure with its file name,
 * marked and changed lines, Dockerfile instruction notes and the text its Copy button copies.
 * Replaces Astro's own highlighting (`syntaxHighlight: false`), so the page ships no
 * highlighting JavaScript.
 */
export function hastCodeBlocks(): HastPluginEntry {
  // A factory: called once per document, so block ids restart on every page.
  return () => {
    let count = 0;
    return {
      name: 'code-blocks',
      element: {
        filter: ['pre'],
        async visit(node, ctx) {
          const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
          if (!code) return;
          const data = (code.data ?? {}) as { lang?: string | null; meta?: string | null };
          const language = findCodeLanguage(data.lang);
          if (!language) {
            const where = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'a code block';
            throw new Error(
              `${where}: code block language ${data.lang ? `\`${data.lang}\` is not supported` : 'is missing'}; use one of ${supportedLanguagesText()}.`,
            );
          }
          const id = `code-${++count}`;
          const meta = parseFenceMeta(data.meta);
          const hl = await getHighlighter();
          palette ??= codePalette(hl);
          const text = ctx.textContent(code).replace(/\n$/, '');
          const notation = text.includes('[!code ');
          const root = hl.codeToHast(text, {
            lang: language.grammar,
            ...THEME_OPTIONS,
            // The token-classes transformer joins whitespace with its neighbours; notation needs
            // Shiki's own joining, so the space before a removed comment goes with it.
            mergeWhitespaces: notation,
            // The marks in the `{…}` form @shikijs/transformers' meta highlight reads.
            meta: { __raw: meta.marked.length ? `{${meta.marked.join(',')}}` : '' },
            transformers: codeBlockTransformers(id, language, meta, palette, notation),
          });
          const figure = figureOf(root);
          if (!figure) throw new Error(`${id}: the highlighter returned no figure`);
          return withClassNames(figure) as HastNode;
        },
      },
    };
  };
}

let palette: TokenPalette | undefined;

/**
 * One transformer per concern, in the order their hooks must run: the diff column comes off
 * first; the frame's root hook makes the figure the copy and Dockerfile hooks add to; line marks
 * and token classes are `post`, after every class is set; the console split is last of all, on the
 * finished figure.
 */
export function codeBlockTransformers(id: string, language: CodeLanguage, meta: FenceMeta, palette: TokenPalette, notation: boolean): ShikiTransformer[] {
  return [
    shikiDiffColumn(meta.diff),
    // Comment notation only where a block has some: it reads every comment of the block.
    ...(notation ? shikiNotations() : []),
    transformerMetaHighlight({ className: 'line-mark' }),
    shikiFrame(language, meta.title),
    shikiCopyText(language, meta.title),
    shikiDockerfileShell(),
    shikiDockerfileInstructions(id),
    shikiLineMarks(meta.ins, meta.del),
    shikiTokenClasses(palette),
    shikiConsoleOutput(language),
  ];
}

/** Shiki writes `class`; hast (and MDX's JSX) expect `className` as a list. */
function withClassNames<T extends { type: string }>(node: T): T {
  if (isElement(node)) {
    const { class: value, ...rest } = node.properties;
    if (value !== undefined) {
      const names = Array.isArray(value) ? value.map(String) : String(value).split(/\s+/).filter(Boolean);
      node.properties = { ...rest, className: [...((rest.className as string[] | undefined) ?? []), ...names] };
    }
  }
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children) withClassNames(child);
  return node;
}

function isElement(node: { type: string }): node is Element {
  return node.type === 'element';
}
