import type { ShikiTransformer } from 'shiki/core';
import { transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers';
import { applyDiffNotation } from '../lib/code/code-meta.ts';

/**
 * Diff notation. A `diff` block starts each line with `+`, `-` or a space: the column is removed
 * from the code before highlighting and its lines are marked added or removed. Within any block a
 * `# [!code ++]`, `# [!code --]` or `# [!code highlight]` comment marks its line the same way
 * (`@shikijs/transformers`), and the comment is removed.
 */
export function shikiDiffColumn(enabled: boolean): ShikiTransformer {
  let ins: number[] = [];
  let del: number[] = [];
  return {
    name: 'code-diff-column',
    preprocess(code) {
      if (!enabled) return;
      const diff = applyDiffNotation(code);
      ins = diff.ins;
      del = diff.del;
      return diff.code;
    },
    line(node, line) {
      if (ins.includes(line)) this.addClassToHast(node, 'line-ins');
      if (del.includes(line)) this.addClassToHast(node, 'line-del');
    },
  };
}

/** The comment notations, with the site's line classes and no class on the `pre`. */
export function shikiNotations(): ShikiTransformer[] {
  return [
    transformerNotationDiff({ classLineAdd: 'line-ins', classLineRemove: 'line-del', classActivePre: '', matchAlgorithm: 'v3' }),
    transformerNotationHighlight({ classActiveLine: 'line-mark', classActivePre: '', matchAlgorithm: 'v3' }),
  ];
}
