import type { ContentFile } from '../content/content-file.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';

/** Where in a file a problem is: a node of its syntax tree (its start), a frontmatter key's line, or the top. */
export type ProblemPlace = { position?: { start?: { line?: number; column?: number } } | undefined } | { key: string } | null;

/** The one way a rule reports a problem: located in `file` at `place`, with what to do about it. */
export function problemAt(file: ContentFile, place: ProblemPlace, rule: string, message: string, hint: string): Diagnostic {
  if (place && 'key' in place) return { file: file.displayPath, line: file.frontmatter.keyLines[place.key] ?? 1, column: 1, message, hint, rule };
  const start = place?.position?.start;
  return { file: file.displayPath, line: start?.line ?? 1, column: start?.column ?? 1, message, hint, rule };
}

/** A content rule sees every file at once (links and navigation need the whole set). */
export type ContentRule = (files: readonly ContentFile[]) => Diagnostic[];

/** Runs every rule over the whole content set and returns all problems, parse errors first. */
export function checkContent(files: readonly ContentFile[], rules: readonly ContentRule[]): Diagnostic[] {
  const parsed = files.flatMap((f) => f.diagnostics);
  return [...parsed, ...rules.flatMap((rule) => rule(files))];
}
