import { DockerfileParser } from 'dockerfile-ast';
import { findDockerfileInstruction } from './dockerfile-instructions.ts';

/** How the arguments of an instruction are highlighted. */
export type ArgumentLanguage = 'shell' | 'json' | 'dockerfile';

/** One instruction of a Dockerfile as `dockerfile-ast` reads it, located in the code. */
export interface InstructionSpan {
  /** The keyword as written (any letter case). */
  keyword: string;
  /** 0-based line of the keyword. */
  line: number;
  /** 0-based columns where the keyword starts and ends. */
  start: number;
  end: number;
  /** 0-based line and column where the arguments start, or null when there are none. */
  argsLine: number | null;
  argsStart: number | null;
  /** 0-based last line of the instruction (after continuations and heredocs). */
  lastLine: number;
  /** The arguments with continuations joined and comment lines inside them dropped, as Docker reads them. */
  args: string;
  /** The words of a JSON-array argument (exec form), else null. */
  words: string[] | null;
  /** What the text after the keyword is. */
  argumentLanguage: ArgumentLanguage;
  /** Whether the keyword is an instruction Dockerfiles have. */
  known: boolean;
}

export interface ScannedDockerfile {
  /** The escape character: a backslash, or a backtick after `# escape=\``. */
  escape: string;
  instructions: InstructionSpan[];
}

// Instructions whose arguments are a command: shell form, or exec form as a JSON array.
const COMMAND_INSTRUCTIONS = new Set(['RUN', 'CMD', 'ENTRYPOINT']);
// Instructions whose argument may be a JSON array instead of words.
const EXEC_FORM = new Set(['ADD', 'CMD', 'COPY', 'ENTRYPOINT', 'RUN', 'SHELL', 'VOLUME']);

/**
 * Every instruction of a Dockerfile, read by `dockerfile-ast` (the parser of the Dockerfile
 * language server): parser directives such as `# escape=`, line continuations with comment lines
 * inside them, heredocs and JSON exec form are handled as Docker handles them. One reading for
 * the code-block highlighter and for the checks on the tutorial's Dockerfiles.
 */
export function scanDockerfile(code: string): ScannedDockerfile {
  // Two transformers read each block one after the other: parse it once.
  if (lastScan?.code === code) return lastScan.result;
  const result = scan(code);
  lastScan = { code, result };
  return result;
}

let lastScan: { code: string; result: ScannedDockerfile } | undefined;

function scan(code: string): ScannedDockerfile {
  const dockerfile = DockerfileParser.parse(code);
  const escape = dockerfile.getEscapeCharacter();
  const instructions = dockerfile.getInstructions().map((instruction): InstructionSpan => {
    const keywordRange = instruction.getInstructionRange();
    const argsRange = instruction.getArgumentsRange();
    const keyword = instruction.getInstruction();
    const upper = keyword.toUpperCase();
    const args = instruction.getArguments().map((a) => a.getValue()).join(' ');
    const words = EXEC_FORM.has(upper) ? execWords(args) : null;
    return {
      keyword,
      line: keywordRange.start.line,
      start: keywordRange.start.character,
      end: keywordRange.end.character,
      argsLine: argsRange?.start.line ?? null,
      argsStart: argsRange?.start.character ?? null,
      lastLine: instruction.getRange().end.line,
      args,
      words,
      argumentLanguage: argumentLanguage(upper, words !== null),
      known: findDockerfileInstruction(keyword) !== undefined,
    };
  });
  return { escape, instructions };
}

/** What the arguments of an instruction are: a JSON array (exec form), shell, or plain Dockerfile. */
export function argumentLanguage(keyword: string, execForm: boolean): ArgumentLanguage {
  const upper = keyword.toUpperCase();
  if (execForm && (COMMAND_INSTRUCTIONS.has(upper) || upper === 'SHELL' || upper === 'VOLUME')) return 'json';
  if (COMMAND_INSTRUCTIONS.has(upper)) return 'shell';
  return 'dockerfile';
}

/** The words of an exec-form argument, or null when it is not a JSON array of strings (shell form). */
function execWords(args: string): string[] | null {
  if (!args.startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(args);
    if (Array.isArray(value) && value.every((w) => typeof w === 'string')) return value as string[];
  } catch {
    // Docker runs a malformed array through the shell; so do we.
  }
  return null;
}
