import type { ShikiTransformer, ThemedToken } from 'shiki/core';
import { figureOf, instructionLinkHast, notesHast } from '../lib/code/code-block-hast.ts';
import { findDockerfileInstruction, type DockerfileInstruction } from '../lib/code/dockerfile-instructions.ts';
import { scanDockerfile } from '../lib/code/dockerfile-lines.ts';
import { sliceLine } from './shiki-dockerfile-shell.ts';

/**
 * Dockerfile instructions: each keyword becomes a token of its own and a link to its section of
 * the Dockerfile reference, described (`aria-describedby`) by the block's note for it. The notes
 * are written once per block, after the Copy button, in order of first use.
 */
export function shikiDockerfileInstructions(blockId: string): ShikiTransformer {
  const keywords = new Map<ThemedToken, DockerfileInstruction>();
  const used = new Set<DockerfileInstruction>();
  return {
    name: 'dockerfile-instructions',
    tokens(lines) {
      if (this.options.lang !== 'docker') return;
      for (const span of scanDockerfile(this.source).instructions) {
        const instruction = findDockerfileInstruction(span.keyword);
        const line = lines[span.line];
        if (!instruction || !line) continue;
        const [first] = sliceLine(line, span.start, span.end);
        if (!first) continue;
        // One token for the keyword, in the colour of its first letter.
        const keyword: ThemedToken = { ...first, content: span.keyword };
        keywords.set(keyword, instruction);
        used.add(instruction);
        lines[span.line] = [...sliceLine(line, 0, span.start), keyword, ...sliceLine(line, span.end, Infinity)];
      }
    },
    span(hast, _line, _col, _lineElement, token) {
      const instruction = keywords.get(token);
      if (instruction) return instructionLinkHast(instruction, blockId, hast);
    },
    root(root) {
      const figure = figureOf(root);
      if (figure && used.size > 0) figure.children.push(notesHast(blockId, [...used]));
    },
  };
}
