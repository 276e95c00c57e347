import type { ContentRule } from './content-rule.ts';
import { walk, type ContentFile } from '../content/content-file.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { findCodeLanguage, supportedLanguagesText } from '../code/code-languages.ts';
import { applyDiffNotation, linesOutOfRange, parseFenceMeta } from '../code/code-meta.ts';

/**
 * Every code block names a language the highlighter has, and fence options it understands.
 * Astro alone would only warn about an unknown language and show plain text.
 */
export const codeFencesRule: ContentRule = (files) => files.flatMap(checkFile);

function checkFile(file: ContentFile): Diagnostic[] {
  if (!file.tree) return [];
  const out: Diagnostic[] = [];
  walk(file.tree, (node) => {
    if (node.type !== 'code') return;
    const code = node as { lang?: string | null; meta?: string | null; value: string; position?: { start: { line: number; column: number } } };
    const at = { file: file.displayPath, line: code.position?.start.line ?? 1, column: code.position?.start.column ?? 1 };
    if (!findCodeLanguage(code.lang)) {
      out.push({
        ...at,
        message: code.lang ? `Code block language \`${code.lang}\` is not supported` : 'Code block has no language',
        hint: `Write one of these after the opening \`\`\`: ${supportedLanguagesText()}.`,
        rule: 'code-language',
      });
    }
    const meta = parseFenceMeta(code.meta);
    const value = meta.diff ? applyDiffNotation(code.value).code : code.value;
    const outside = linesOutOfRange(meta, value.split('\n').length);
    const problems = [...meta.problems];
    if (outside.length > 0) problems.push(`line ${outside.slice(0, 5).join(', ')}${outside.length > 5 ? ', …' : ''} is past the end of the block`);
    for (const problem of problems) {
      out.push({ ...at, message: `Code block options: ${problem}`, hint: 'See "Code blocks" in CONTRIBUTING.md.', rule: 'code-meta' });
    }
  });
  return out;
}
