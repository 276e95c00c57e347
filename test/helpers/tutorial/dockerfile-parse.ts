import { DOCKERFILE_INSTRUCTIONS } from '../../../src/lib/code/dockerfile-instructions.ts';
import { scanDockerfile } from '../../../src/lib/code/dockerfile-lines.ts';

/**
 * A small Dockerfile reader: enough to tell whether a file in the tutorial is a Dockerfile that
 * `docker build` accepts (known instructions, arguments present, a FROM first, JSON exec form
 * well formed). It reads the file with `scanDockerfile` (on `dockerfile-ast`), as the code blocks
 * do, and does not evaluate variables.
 */

/** Every instruction keyword of the Dockerfile reference (one list with the code-block notes). */
const KEYWORDS: readonly string[] = DOCKERFILE_INSTRUCTIONS.map((i) => i.keyword);

export interface DockerInstruction {
  /** Upper-case keyword, e.g. `RUN`. */
  keyword: string;
  /** Everything after the keyword, continuation lines joined with a space. */
  args: string;
  /** `exec` when the argument is a JSON array of strings, else `shell`. */
  form: 'exec' | 'shell';
  /** The exec-form words, when `form` is `exec`. */
  words: string[] | null;
  /** 1-based line of the keyword in the Dockerfile. */
  line: number;
}

export interface DockerfileProblem {
  line: number;
  message: string;
}

export interface ParsedDockerfile {
  instructions: DockerInstruction[];
  problems: DockerfileProblem[];
}

/** Splits a Dockerfile into instructions (read by `scanDockerfile`), reporting unknown keywords and malformed lines. */
export function parseDockerfile(source: string): ParsedDockerfile {
  const text = source.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const { escape, instructions: spans } = scanDockerfile(text);
  const instructions: DockerInstruction[] = [];
  const problems: DockerfileProblem[] = [];
  for (const span of spans) {
    const line = span.line + 1;
    const keyword = span.keyword.toUpperCase();
    if (isDangling(lines, span.lastLine, escape)) {
      problems.push({ line, message: 'The last line ends with a line continuation but nothing follows it.' });
    }
    if (!KEYWORDS.includes(keyword)) {
      problems.push({ line, message: `Unknown instruction \`${span.keyword}\`; expected one of ${[...KEYWORDS].sort().join(', ')}.` });
      continue;
    }
    if (span.args === '') {
      problems.push({ line, message: `\`${keyword}\` needs an argument.` });
      continue;
    }
    if (keyword === 'SHELL' && !span.words) {
      problems.push({ line, message: '`SHELL` takes a JSON array, e.g. `SHELL ["/bin/sh", "-c"]`.' });
    }
    instructions.push({ keyword, args: span.args, form: span.words ? 'exec' : 'shell', words: span.words, line });
  }
  const firstReal = instructions.find((ins) => ins.keyword !== 'ARG');
  if (!firstReal) problems.push({ line: 1, message: 'The Dockerfile has no instructions; it must start with `FROM`.' });
  else if (firstReal.keyword !== 'FROM') {
    problems.push({ line: firstReal.line, message: `\`${firstReal.keyword}\` comes before any \`FROM\`; a build stage must start with \`FROM\`.` });
  }
  return { instructions, problems };
}

/** An instruction whose last line ends with the escape character and has only blank lines after it. */
function isDangling(lines: string[], lastLine: number, escape: string): boolean {
  if (!(lines[lastLine] ?? '').trimEnd().endsWith(escape)) return false;
  return lines.slice(lastLine + 1).every((l) => l.trim() === '');
}
