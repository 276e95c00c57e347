/**
 * What the Copy button puts on the clipboard, computed at build time from the displayed code.
 */
import { consoleCommands } from './console-session.ts';

export { consoleCommands };

/** Copy text for a block: without removed (`del`) lines; for `console`, the commands only. */
export function copyText(code: string, language: string, deletedLines: readonly number[] = []): string {
  const deleted = new Set(deletedLines);
  const kept = code.split('\n').filter((_, i) => !deleted.has(i + 1)).join('\n');
  return language === 'console' ? consoleCommands(kept) : kept;
}
