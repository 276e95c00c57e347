/** What makes a file or folder name a poor URL, and the name to use instead. */

/** Characters a URL path segment carries without escaping (RFC 3986 unreserved), besides letters and digits. */
const UNRESERVED = /[A-Za-z0-9._~-]/;

/** The reasons a name makes a poor URL, in words; none for a good name. */
export function urlNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (/\s/.test(name)) problems.push('spaces');
  if (/\p{Lu}/u.test(name)) problems.push('upper case letters');
  const escaped = [...new Set([...name].filter((c) => !UNRESERVED.test(c) && !/\s/.test(c)))];
  if (escaped.length > 0) {
    const shown = escaped.slice(0, 5).map((c) => `\`${/[\u0000-\u001f\u007f`]/.test(c) ? `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : c}\``);
    problems.push(`${escaped.length === 1 ? 'a character' : 'characters'} a URL must escape: ${shown.join(' ')}${escaped.length > 5 ? ' …' : ''}`);
  }
  return problems;
}

/**
 * A URL-friendly form of a name (without its extension): lower case, accents dropped, every
 * run of other characters turned into one `-`. `fallback` stands in when nothing is left.
 */
export function urlSafeName(stem: string, fallback: string): string {
  const safe = stem
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return safe || fallback;
}
