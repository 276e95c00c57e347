/**
 * A terminal session (a `console` code block) read as commands and their output: a line with a
 * prompt is a command, a line after a command that ends in a continuation mark goes with it, and
 * every other line is output. The Copy button copies the commands; the page shows the output as
 * labelled regions, folded when long.
 */

// A POSIX prompt: `$ ` at the start of a line, possibly after `user@host:dir` or `(venv) `.
const SHELL_PROMPT = /^(?:\([^)]*\)\s*)?(?:[\w.-]+@[\w.-]+(?::\S*)?\s*)?\$ /;
// A PowerShell prompt: `PS> ` or `PS C:\some\path> `.
const POWERSHELL_PROMPT = /^PS(?: [^>\n]*)?> /;

/** Output longer than this many lines is folded into a `<details>` the reader opens. */
export const FOLD_OUTPUT_AFTER = 12;

/** The prompt at the start of a line (`$ `, `user@host:~$ `, `PS C:\app> `), or null. */
export function promptOf(line: string): string | null {
  return SHELL_PROMPT.exec(line)?.[0] ?? POWERSHELL_PROMPT.exec(line)?.[0] ?? null;
}

/** True when a command line goes on on the next line: `\` in a POSIX shell, a backtick in PowerShell. */
function continues(line: string, prompt: string): boolean {
  return prompt.startsWith('PS') ? /`\s*$/.test(line) : /\\\s*$/.test(line);
}

export type SessionLineKind = 'command' | 'output';

/**
 * The kind of every line of a session, in order. A session with no prompt at all is all
 * commands (a list of commands to type), as the Copy button takes it.
 */
export function sessionLineKinds(lines: readonly string[]): SessionLineKind[] {
  if (!lines.some((l) => promptOf(l) !== null)) return lines.map(() => 'command');
  let continuing: string | null = null;
  return lines.map((line) => {
    const prompt = continuing ?? promptOf(line);
    if (prompt === null) return 'output';
    continuing = continues(line, prompt) ? prompt : null;
    return 'command';
  });
}

/** A run of lines of one kind: lines `from` to `to` (0-based, inclusive). */
export interface SessionSegment {
  kind: SessionLineKind;
  from: number;
  to: number;
  /** Output only: long enough to be folded. */
  folded: boolean;
}

/**
 * The session as runs of commands and of output. Blank lines that end a run of output are the
 * gap before the next command, so they go with the commands; output that is only blank lines
 * has nothing in it to label, and stays with the commands too.
 */
export function sessionSegments(lines: readonly string[]): SessionSegment[] {
  const kinds = sessionLineKinds(lines);
  const blank = (i: number) => lines[i]!.trim() === '';
  for (let i = lines.length - 1; i >= 0; i--) {
    if (kinds[i] === 'output' && blank(i) && (i === lines.length - 1 || kinds[i + 1] === 'command')) kinds[i] = 'command';
  }
  const runs: SessionSegment[] = [];
  kinds.forEach((kind, i) => {
    const last = runs.at(-1);
    if (last && last.kind === kind) last.to = i;
    else runs.push({ kind, from: i, to: i, folded: false });
  });
  // Blank lines after the last output belong to it: a run of commands needs a command.
  const last = runs.at(-1);
  const before = runs.at(-2);
  if (runs.length > 1 && last && before && last.kind === 'command' && lines.slice(last.from).every((l) => l.trim() === '')) {
    runs.pop();
    before.to = last.to;
  }
  for (const run of runs) run.folded = run.kind === 'output' && run.to - run.from + 1 > FOLD_OUTPUT_AFTER;
  return runs;
}

/** True when a session shows output to set apart from its commands. */
export function hasOutput(segments: readonly SessionSegment[]): boolean {
  return segments.some((s) => s.kind === 'output');
}

/** The name of an output region, for its summary and for screen readers: `Output, 34 lines`. */
export function outputName(lineCount: number): string {
  return `Output, ${lineCount} line${lineCount === 1 ? '' : 's'}`;
}

/**
 * The commands of a session, one per line, without their prompts and without the output
 * between them; a continued command keeps its continuation lines as they are.
 */
export function consoleCommands(session: string): string {
  const lines = session.split('\n');
  if (!lines.some((l) => promptOf(l) !== null)) return session;
  const commands: string[] = [];
  // The prompt of a command that goes on to the next line, else null.
  let open: string | null = null;
  for (const line of lines) {
    if (open !== null) {
      commands.push(line);
      open = continues(line, open) ? open : null;
      continue;
    }
    const prompt = promptOf(line);
    if (prompt === null) continue;
    commands.push(line.slice(prompt.length));
    open = continues(line, prompt) ? prompt : null;
  }
  return commands.join('\n');
}
