/** A problem found in a content file, located to the character. */
export interface Diagnostic {
  /** Path of the file, relative to the project root (what an editor can open). */
  file: string;
  line: number;
  column: number;
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Which check found it, e.g. `frontmatter` or `link`. */
  rule: string;
}

/** Formats one diagnostic as `file:line:column: message` with its hint on the next line. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column}: ${d.message} [${d.rule}]`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

/** Formats one diagnostic as a GitHub Actions annotation, shown on the pull request's diff. */
export function githubAnnotation(d: Diagnostic): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const props = `file=${d.file},line=${d.line},col=${d.column},title=${d.rule}`;
  return `::error ${props}::${escape(d.hint ? `${d.message} (${d.hint})` : d.message)}`;
}

/** Orders diagnostics by file, then position, so a report reads top to bottom. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** The full report for a run: every diagnostic, then a count. */
export function formatReport(list: Diagnostic[]): string {
  const sorted = sortDiagnostics(list);
  const files = new Set(sorted.map((d) => d.file)).size;
  const noun = sorted.length === 1 ? 'problem' : 'problems';
  return `${sorted.map(formatDiagnostic).join('\n')}\n\n${sorted.length} ${noun} in ${files} file${files === 1 ? '' : 's'}.`;
}
