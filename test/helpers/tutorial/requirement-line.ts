/**
 * Checks lines of a pip `requirements.txt` against the shape PEP 508 gives a requirement:
 * a project name, optional extras, optional version specifiers or a URL, optional markers.
 */

const NAME = String.raw`[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?`;
const EXTRAS = String.raw`\[\s*(?:${NAME}(?:\s*,\s*${NAME})*)?\s*\]`;
const VERSION = String.raw`[A-Za-z0-9_.*+!-]+`;
const SPEC = String.raw`(?:~=|===|==|!=|<=|>=|<|>)\s*${VERSION}`;
const SPECS = String.raw`${SPEC}(?:\s*,\s*${SPEC})*`;
const REQUIREMENT = new RegExp(
  String.raw`^(${NAME})\s*(?:${EXTRAS})?\s*(?:\(\s*${SPECS}\s*\)|${SPECS}|@\s*\S+)?\s*(?:;\s*\S.*)?$`,
);

/** One line's verdict: a requirement (with its normalised name), a blank or comment, or a problem. */
export type RequirementLine =
  | { kind: 'requirement'; name: string }
  | { kind: 'blank' }
  | { kind: 'option' }
  | { kind: 'invalid'; message: string };

/** Classifies one line of a requirements file. */
export function checkRequirementLine(line: string): RequirementLine {
  const text = line.replace(/(^|\s)#.*$/, '').trim();
  if (text === '') return { kind: 'blank' };
  // pip options such as `-r other.txt` or `--index-url …` are allowed in requirements files.
  if (/^-{1,2}[A-Za-z]/.test(text)) return { kind: 'option' };
  const m = REQUIREMENT.exec(text);
  if (!m) {
    return { kind: 'invalid', message: `\`${text}\` is not a requirement specifier (expected e.g. \`Flask\`, \`redis>=5\`, \`requests[socks]==2.32.3\`).` };
  }
  return { kind: 'requirement', name: normaliseName(m[1] ?? '') };
}

/** PEP 503 normal form of a project name: lower case, runs of `-_.` as one `-`. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
