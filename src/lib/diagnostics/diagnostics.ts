/** A problem found in a content file, located to the character. */
export interface Diagnostic {
  /** Path of the file, relative to the project root (what an editor can open). */
  file: string;
  line: number;
  column: number;
  message: string;
  /** What to do about it, in words. Every problem has one. */
  hint: string;
  /** Which check found it, e.g. `frontmatter` or `link`. */
  rule: string;
}

/** Longest message or hint printed; content can hold lines of any length, a report should not. */
const MAX_TEXT = 400;

/**
 * The diagnostic as it may be printed: positions are whole numbers from 1, message and hint are
 * one line of printable text, not too long. Whatever a rule built, the report stays readable
 * as `file:line:column: message [rule]`.
 */
export function wellFormed(d: Diagnostic): Diagnostic {
  const position = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1);
  const text = (s: unknown, fallback: string) => {
    const flat = (typeof s === 'string' ? s : '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
    if (flat === '') return fallback;
    return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 1)}…` : flat;
  };
  return {
    file: text(d.file, '(unknown file)'),
    line: position(d.line),
    column: position(d.column),
    message: text(d.message, 'Problem in this file'),
    hint: text(d.hint, 'See CONTRIBUTING.md for what content may hold.'),
    rule: /^[a-z][a-z0-9-]*$/.test(String(d.rule)) ? d.rule : 'content',
  };
}

/** Formats one diagnostic as `file:line:column: message [rule]` with its hint on the next line. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const d = wellFormed(diagnostic);
  return `${d.file}:${d.line}:${d.column}: ${d.message} [${d.rule}]\n  hint: ${d.hint}`;
}

/** Formats one diagnostic as a GitHub Actions annotation, shown on the pull request's diff. */
export function githubAnnotation(diagnostic: Diagnostic): string {
  const d = wellFormed(diagnostic);
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const props = `file=${escape(d.file).replace(/,/g, '%2C').replace(/:/g, '%3A')},line=${d.line},col=${d.column},title=${d.rule}`;
  return `::error ${props}::${escape(`${d.message} (${d.hint})`)}`;
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
