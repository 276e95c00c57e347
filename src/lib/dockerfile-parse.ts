import { DOCKERFILE_INSTRUCTIONS } from './dockerfile-instructions.ts';

/**
 * A small Dockerfile reader: enough to tell whether a file in the tutorial is a Dockerfile that
 * `docker build` accepts (known instructions, arguments present, a FROM first, JSON exec form
 * well formed). It does not evaluate variables or heredocs.
 */

/** Every instruction keyword of the Dockerfile reference (one list with the code-block notes). */
const KEYWORDS: readonly string[] = DOCKERFILE_INSTRUCTIONS.map((i) => i.keyword);

/** Instructions whose argument may be a JSON array (exec form) instead of a shell command line. */
const EXEC_FORM = new Set(['ADD', 'CMD', 'COPY', 'ENTRYPOINT', 'RUN', 'SHELL', 'VOLUME']);

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

/** Splits a Dockerfile into instructions, reporting unknown keywords and malformed lines. */
export function parseDockerfile(source: string): ParsedDockerfile {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const escape = escapeDirective(lines);
  const instructions: DockerInstruction[] = [];
  const problems: DockerfileProblem[] = [];
  let i = 0;
  while (i < lines.length) {
    const startLine = i + 1;
    const first = lines[i] ?? '';
    i++;
    if (first.trim() === '' || first.trimStart().startsWith('#')) continue;
    // Join continuation lines; comment lines inside an instruction are dropped, as Docker does.
    let text = first;
    while (endsWithEscape(text, escape) && i < lines.length) {
      text = text.replace(/\s*$/, '').slice(0, -1).trimEnd();
      const next = lines[i] ?? '';
      i++;
      if (next.trimStart().startsWith('#')) {
        text += escape;
        continue;
      }
      text += ` ${next.trim()}`;
    }
    if (endsWithEscape(text, escape)) {
      problems.push({ line: startLine, message: 'The last line ends with a line continuation but nothing follows it.' });
      text = text.replace(/\s*$/, '').slice(0, -1).trimEnd();
    }
    const m = /^\s*(\S+)\s*(.*)$/s.exec(text);
    if (!m) continue;
    const keyword = (m[1] ?? '').toUpperCase();
    const args = (m[2] ?? '').trim();
    if (!KEYWORDS.includes(keyword)) {
      problems.push({ line: startLine, message: `Unknown instruction \`${m[1]}\`; expected one of ${[...KEYWORDS].sort().join(', ')}.` });
      continue;
    }
    if (args === '') {
      problems.push({ line: startLine, message: `\`${keyword}\` needs an argument.` });
      continue;
    }
    const words = EXEC_FORM.has(keyword) ? execWords(args) : null;
    if (keyword === 'SHELL' && !words) {
      problems.push({ line: startLine, message: '`SHELL` takes a JSON array, e.g. `SHELL ["/bin/sh", "-c"]`.' });
    }
    instructions.push({ keyword, args, form: words ? 'exec' : 'shell', words, line: startLine });
  }
  const firstReal = instructions.find((ins) => ins.keyword !== 'ARG');
  if (!firstReal) problems.push({ line: 1, message: 'The Dockerfile has no instructions; it must start with `FROM`.' });
  else if (firstReal.keyword !== 'FROM') {
    problems.push({ line: firstReal.line, message: `\`${firstReal.keyword}\` comes before any \`FROM\`; a build stage must start with \`FROM\`.` });
  }
  return { instructions, problems };
}

/** The escape character from a leading `# escape=` parser directive; a backslash by default. */
function escapeDirective(lines: string[]): string {
  for (const line of lines) {
    const m = /^#\s*(\w+)\s*=\s*(\S+)\s*$/.exec(line);
    if (!m) return '\\';
    if (m[1]?.toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\')) return m[2];
  }
  return '\\';
}

function endsWithEscape(text: string, escape: string): boolean {
  return text.replace(/\s*$/, '').endsWith(escape);
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
