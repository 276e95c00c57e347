import type { ShikiTransformer } from 'shiki/core';
import type { Element, ElementContent } from 'hast';
import type { CodeLanguage } from '../lib/code/code-languages.ts';
import { classesOf, el, figureOf, text, textOf } from '../lib/code/code-block-hast.ts';
import { hasOutput, outputName, sessionSegments, type SessionSegment } from '../lib/code/console-session.ts';

/**
 * Commands and their output apart: a terminal session with both becomes one `pre` per run of
 * commands and one labelled `pre` per run of output (`code-output`), the long ones folded in a
 * `<details>` whose summary counts the lines. A `pre` may hold only phrasing content, so a fold
 * cannot sit inside one. Runs last, on the finished figure; the highlighting is the whole
 * session's, so a command highlights the same whether or not output follows it.
 */
export function shikiConsoleOutput(language: CodeLanguage): ShikiTransformer {
  return {
    name: 'code-console-output',
    enforce: 'post',
    root(root) {
      if (language.name !== 'console') return;
      const figure = figureOf(root);
      const at = figure?.children.findIndex((c) => c.type === 'element' && c.tagName === 'pre') ?? -1;
      const pre = figure?.children[at] as Element | undefined;
      const code = pre?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      if (!figure || !pre || !code) return;
      const lines = code.children.filter((c): c is Element => c.type === 'element' && classesOf(c).includes('line'));
      const segments = sessionSegments(lines.map(textOf));
      if (!hasOutput(segments)) return;
      const regions = segments.map((s) => region(s, pre, { ...code, children: joinLines(lines.slice(s.from, s.to + 1)) }));
      figure.children.splice(at, 1, ...regions);
      figure.properties.className = [...classesOf(figure), 'code-session'];
    },
  };
}

/** One run as its own `pre`: commands keep the block's properties, output is named as output. */
function region(segment: SessionSegment, pre: Element, code: Element): Element {
  if (segment.kind === 'command') return { ...pre, properties: { ...pre.properties, ariaLabel: 'Commands' }, children: [code] };
  const name = outputName(segment.to - segment.from + 1);
  const output = el('pre', { className: ['code', 'code-output'], tabIndex: 0, role: 'group', ariaLabel: name }, [code]);
  if (!segment.folded) return output;
  return el('details', { className: ['code-fold'] }, [el('summary', { dataPagefindIgnore: true }, [text(name)]), output]);
}

function joinLines(lines: readonly Element[]): ElementContent[] {
  return lines.flatMap((line, i) => (i === 0 ? [line] : [text('\n'), line]));
}
