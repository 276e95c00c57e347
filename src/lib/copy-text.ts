/**
 * What the Copy button puts on the clipboard, computed at build time from the displayed code.
 */

/** Copy text for a block: without removed (`del`) lines; for `console`, the commands only. */
export function copyText(code: string, language: string, deletedLines: readonly number[] = []): string {
  const deleted = new Set(deletedLines);
  const kept = code.split('\n').filter((_, i) => !deleted.has(i + 1)).join('\n');
  return language === 'console' ? consoleCommands(kept) : kept;
}

// A prompt: `$ ` at the start of a line, possibly after `user@host:dir` or `(venv) `.
const PROMPT = /^(?:\([^)]*\)\s*)?(?:[\w.-]+@[\w.-]+(?::\S*)?\s*)?\$ /;

/**
 * The commands of a terminal session, one per line, without their `$ ` prompts and without the
 * output between them. A command ending in `\` continues on the next line. A session with no
 * prompt at all is taken as commands only.
 */
export function consoleCommands(session: string): string {
  const lines = session.split('\n');
  if (!lines.some((l) => PROMPT.test(l))) return session;
  const commands: string[] = [];
  let continuing = false;
  for (const line of lines) {
    const prompt = PROMPT.exec(line);
    if (continuing) {
      commands.push(line);
    } else if (prompt) {
      commands.push(line.slice(prompt[0].length));
    } else {
      continue;
    }
    continuing = /\\\s*$/.test(line);
  }
  return commands.join('\n');
}
