import type { HastNode, HastPluginEntry } from 'satteri';
import type { Element } from 'hast';
import { fileURLToPath } from 'node:url';
import { findCodeLanguage, supportedLanguagesText } from '../lib/code-languages.ts';
import { applyDiffNotation, parseFenceMeta } from '../lib/code-meta.ts';
import { copyText } from '../lib/copy-text.ts';
import { highlightCode } from '../lib/highlighter.ts';
import { codeBlockHast } from '../lib/code-block-hast.ts';

/**
 * Highlights every fenced code block at build time with the site's one Shiki highlighter and
 * renders it as a figure with its file name, marked and changed lines, Dockerfile instruction
 * notes and the text its Copy button copies. Replaces Astro's own highlighting
 * (`syntaxHighlight: false`), so the page ships no highlighting JavaScript.
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
          const meta = parseFenceMeta(data.meta);
          let text = ctx.textContent(code).replace(/\n$/, '');
          if (meta.diff) {
            const diff = applyDiffNotation(text);
            text = diff.code;
            meta.ins.push(...diff.ins);
            meta.del.push(...diff.del);
          }
          count += 1;
          return codeBlockHast({
            id: `code-${count}`,
            language,
            meta,
            highlighted: await highlightCode(text, language.grammar),
            copy: copyText(text, language.name, meta.del),
          }) as HastNode;
        },
      },
    };
  };
}
