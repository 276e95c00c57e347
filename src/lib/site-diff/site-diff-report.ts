import type { ChangedPage, CodeLabel, PageRef, SiteDiff } from './compare-sites.ts';

// Past these, a list is cut ("and 4 more") or folded, so a large change stays readable.
const LIST_LIMIT = 10;
const INLINE_PAGES = 10;

/** The report of two builds compared, as GitHub Markdown (for a job summary or a terminal). */
export function siteDiffReport(diff: SiteDiff, heading = 'What this change does to the site'): string {
  const lines = [`## ${heading}`, ''];
  const { added, removed, changed, navigationOnly } = diff;
  if (added.length + removed.length + changed.length + navigationOnly.length === 0) {
    lines.push('No page changed.');
    return `${lines.join('\n')}\n`;
  }
  const counts = [`${count(changed.length, 'page')} changed`, `${added.length} added`, `${removed.length} removed`];
  lines.push(`${counts.join(', ')}; ${count(navigationOnly.length, 'page')} with only navigation or layout changes.`, '');
  if (added.length > 0) lines.push(`### Added (${added.length})`, '', ...added.map(pageItem), '');
  if (removed.length > 0) lines.push(`### Removed (${removed.length})`, '', ...removed.map(pageItem), '');
  if (changed.length > 0) {
    lines.push(`### Changed (${changed.length})`, '');
    for (const page of changed) lines.push(...changedPage(page), '');
  }
  if (navigationOnly.length > 0) {
    lines.push(`### Navigation only (${navigationOnly.length})`, '');
    lines.push('The HTML of these pages changed and their text did not: a page near them was added, removed or renamed, or the layout changed.', '');
    lines.push(...pathList(navigationOnly), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Escapes what Markdown or HTML would read in a piece of text, on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()<>#+\-.!|~&:@]/g, '\\$&');
}

/** A code span holding any text, with a fence longer than any run of backticks in it. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function pageItem(page: PageRef): string {
  return `- ${escapeMarkdown(page.title)} — ${codeSpan(page.path)}`;
}

function changedPage(page: ChangedPage): string[] {
  const { oldTitle, words, headings, code, links } = page.change;
  const lines = [`#### ${escapeMarkdown(page.title)} — ${codeSpan(page.path)}`, ''];
  if (oldTitle !== null) lines.push(`- Title: was ${quote(oldTitle)}`);
  if (words.added + words.removed > 0) {
    lines.push(`- Words: ${words.added} added, ${words.removed} removed`);
    if (words.addedExcerpt) lines.push(`  - added: ${quote(words.addedExcerpt)}`);
    if (words.removedExcerpt) lines.push(`  - removed: ${quote(words.removedExcerpt)}`);
  }
  lines.push(...changeLine('Headings', { added: headings.added, removed: headings.removed }, codeSpan));
  lines.push(...changeLine('Code blocks', code, codeLabel));
  lines.push(...changeLine('Links', links, codeSpan));
  if (lines.length === 2) lines.push('- Only the formatting changed (emphasis, lists, line breaks).');
  return lines;
}

/** `- Headings: added `## A`; removed `## B``, leaving out empty parts. */
function changeLine<T>(what: string, change: { added: T[]; removed: T[]; changed?: T[] }, show: (item: T) => string): string[] {
  const parts = (['added', 'changed', 'removed'] as const).flatMap((kind) => {
    const items = change[kind] ?? [];
    return items.length > 0 ? [`${kind} ${cut(items.map(show))}`] : [];
  });
  return parts.length > 0 ? [`- ${what}: ${parts.join('; ')}`] : [];
}

function codeLabel(block: CodeLabel): string {
  const lang = codeSpan(block.lang || 'no language');
  return block.title ? `${lang} ${quote(block.title)}` : lang;
}

/** Paths on one line when few, else folded in a `<details>` list. */
function pathList(pages: readonly PageRef[]): string[] {
  const paths = pages.map((p) => codeSpan(p.path));
  if (paths.length <= INLINE_PAGES) return [paths.join(', ')];
  return ['<details>', `<summary>${count(paths.length, 'page')}</summary>`, '', ...paths.map((p) => `- ${p}`), '', '</details>'];
}

function cut(items: readonly string[]): string {
  const shown = items.slice(0, LIST_LIMIT).join(', ');
  return items.length > LIST_LIMIT ? `${shown} and ${items.length - LIST_LIMIT} more` : shown;
}

function quote(text: string): string {
  return `“${escapeMarkdown(text)}”`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
