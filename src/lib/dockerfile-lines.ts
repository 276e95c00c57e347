import { findDockerfileInstruction } from './dockerfile-instructions.ts';

/** How the arguments of an instruction are highlighted. */
export type ArgumentLanguage = 'shell' | 'json' | 'dockerfile';

/** One instruction of a Dockerfile, located in the code. */
export interface InstructionSpan {
  keyword: string;
  /** 0-based line of the keyword. */
  line: number;
  /** 0-based column where the keyword starts and where it ends. */
  start: number;
  end: number;
  /** 0-based last line of the instruction (after `\` continuations). */
  lastLine: number;
  /** What the text after the keyword is. */
  argumentLanguage: ArgumentLanguage;
}

const INSTRUCTION_LINE = /^(\s*)([A-Za-z]+)(?=\s|$)/;
// Instructions whose arguments are a command: shell form, or exec form as a JSON array.
const COMMAND_INSTRUCTIONS = new Set(['RUN', 'CMD', 'ENTRYPOINT']);

/** Splits one Dockerfile line into indent, instruction keyword and the rest, or null when it starts no instruction. */
export function splitInstructionLine(line: string): { indent: string; keyword: string; rest: string } | null {
  const m = INSTRUCTION_LINE.exec(line);
  if (!m || !findDockerfileInstruction(m[2] ?? '')) return null;
  const indent = m[1] ?? '';
  const keyword = m[2] ?? '';
  return { indent, keyword, rest: line.slice(indent.length + keyword.length) };
}

/** What the arguments of an instruction are: a JSON array (exec form), shell, or plain Dockerfile. */
export function argumentLanguage(keyword: string, rest: string): ArgumentLanguage {
  const upper = keyword.toUpperCase();
  const exec = rest.trimStart().startsWith('[');
  if (exec && (COMMAND_INSTRUCTIONS.has(upper) || upper === 'SHELL' || upper === 'VOLUME')) return 'json';
  if (COMMAND_INSTRUCTIONS.has(upper)) return 'shell';
  return 'dockerfile';
}

/**
 * Finds every instruction in a Dockerfile, with the lines it spans: a line ending in `\`
 * continues the instruction, and comment lines inside a continuation belong to it.
 */
export function dockerfileInstructions(code: string): InstructionSpan[] {
  const lines = code.split('\n');
  const spans: InstructionSpan[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const split = splitInstructionLine(line);
    if (!split) continue;
    let last = i;
    while (last + 1 < lines.length && continues(lines[last] ?? '')) last++;
    const start = split.indent.length;
    spans.push({
      keyword: split.keyword,
      line: i,
      start,
      end: start + split.keyword.length,
      lastLine: last,
      argumentLanguage: argumentLanguage(split.keyword, split.rest),
    });
    i = last;
  }
  return spans;
}

/** A line continues onto the next when it ends in a backslash; comment lines carry on too. */
function continues(line: string): boolean {
  return /\\\s*$/.test(line) || /^\s*#/.test(line);
}
