import type { ContentFile } from '../content/content-file.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';

/** A content rule sees every file at once (links and navigation need the whole set). */
export type ContentRule = (files: readonly ContentFile[]) => Diagnostic[];

/** Runs every rule over the whole content set and returns all problems, parse errors first. */
export function checkContent(files: readonly ContentFile[], rules: readonly ContentRule[]): Diagnostic[] {
  const parsed = files.flatMap((f) => f.diagnostics);
  return [...parsed, ...rules.flatMap((rule) => rule(files))];
}
