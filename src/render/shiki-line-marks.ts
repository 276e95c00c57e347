import type { ShikiTransformer } from 'shiki/core';
import type { Element } from 'hast';
import { classesOf } from '../lib/code/code-block-hast.ts';

/**
 * Added and removed lines from `ins={…}` / `del={…}`, and each marked or changed line as its own
 * element: `ins` or `del` when changed, `mark` when marked, else a span. Runs last (`post`), so the
 * classes set by meta highlight, the diff column and notation comments are all there.
 */
export function shikiLineMarks(ins: readonly number[], del: readonly number[]): ShikiTransformer {
  return {
    name: 'code-line-marks',
    enforce: 'post',
    line(node, line) {
      if (ins.includes(line)) this.addClassToHast(node, 'line-ins');
      if (del.includes(line)) this.addClassToHast(node, 'line-del');
    },
    code(code) {
      for (const line of code.children) {
        if (line.type !== 'element') continue;
        const classes = classesOf(line);
        (line as Element).tagName = classes.includes('line-ins') ? 'ins' : classes.includes('line-del') ? 'del' : classes.includes('line-mark') ? 'mark' : 'span';
      }
    },
  };
}
