import type { ContentFile } from '../content/content-file.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { folderOfId, pathForId } from '../site/routes.ts';
import { problemAt } from './content-rule.ts';

const RULE = 'navigation';

function at(file: ContentFile, key: string, message: string, hint: string): Diagnostic {
  return problemAt(file, { key }, RULE, message, hint);
}

function isIndex(file: ContentFile): boolean {
  return file.id === 'index' || file.id.endsWith('/index');
}

/** Names files for a message: `a.mdx` (line 4) and `b.mdx` (line 5). */
function named(files: readonly ContentFile[], key: string | null): string {
  const parts = files.map((f) => {
    const line = key === null ? undefined : f.frontmatter.keyLines[key];
    return line === undefined ? `\`${f.displayPath}\`` : `\`${f.displayPath}\` (line ${line})`;
  });
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * Two files that would be served at the same URL (`a.mdx` and `a/index.mdx`). URLs that differ
 * only in case count too: they collide on case-insensitive disks and confuse readers.
 */
function duplicateUrls(files: readonly ContentFile[]): Diagnostic[] {
  const byUrl = new Map<string, ContentFile[]>();
  for (const f of files) {
    const url = pathForId(f.id).toLowerCase();
    byUrl.set(url, [...(byUrl.get(url) ?? []), f]);
  }
  return [...byUrl.entries()]
    .filter(([, same]) => same.length > 1)
    .flatMap(([url, same]) =>
      same.map((f) => ({
        file: f.displayPath,
        line: 1,
        column: 1,
        message: `${named(same, null)} are ${same.length === 2 ? 'both' : 'all'} served at ${url}`,
        hint: 'Keep one of them: a folder page lives in `<folder>/index.mdx`, a single page in `<name>.mdx`.',
        rule: RULE,
      })),
    );
}

/** `part` and `series` checks for one series folder: parts 1 to N, each once. */
function seriesParts(index: ContentFile, members: readonly ContentFile[]): Diagnostic[] {
  const withPart = members.filter((f) => typeof f.frontmatter.raw.part === 'number');
  const total = withPart.length;
  const out: Diagnostic[] = [];
  const byPart = new Map<number, ContentFile[]>();
  for (const f of withPart) {
    const part = f.frontmatter.raw.part as number;
    byPart.set(part, [...(byPart.get(part) ?? []), f]);
    if (!Number.isInteger(part) || part < 1 || part > total) {
      out.push(at(f, 'part', `Part ${part} is out of range: the series \`${index.displayPath}\` has ${total} part${total === 1 ? '' : 's'}, numbered 1 to ${total}`,
        `Number the parts of the series 1 to ${total}, in reading order.`));
    }
  }
  for (const [part, same] of byPart) {
    if (same.length < 2) continue;
    for (const f of same) {
      out.push(at(f, 'part', `Part ${part} is used by ${same.length} pages: ${named(same, 'part')}`,
        'Give each page of the series its own part number.'));
    }
  }
  // Missing numbers below the highest part, one message per run (`no parts 2 to 3`).
  const highest = Math.max(0, ...byPart.keys());
  for (let n = 1; n < highest; n += 1) {
    if (byPart.has(n)) continue;
    let last = n;
    while (last + 1 < highest && !byPart.has(last + 1)) last += 1;
    const below = withPart.filter((f) => (f.frontmatter.raw.part as number) < n).sort(byPartNumber).at(-1);
    const above = withPart.filter((f) => (f.frontmatter.raw.part as number) > last).sort(byPartNumber)[0];
    const around = [below, above].filter((f): f is ContentFile => f !== undefined);
    const missing = n === last ? `part ${n}` : `parts ${n} to ${last}`;
    for (const f of around) {
      out.push(at(f, 'part', `The series \`${index.displayPath}\` has no ${missing} between ${named(around, 'part')}`,
        `Parts run 1 to ${total} without gaps: add ${missing} or renumber the parts after it.`));
    }
    n = last;
  }
  return out;
}

function byPartNumber(a: ContentFile, b: ContentFile): number {
  return (a.frontmatter.raw.part as number) - (b.frontmatter.raw.part as number);
}

/**
 * Navigation is computed from the content tree, so the tree must be sound: one file per URL,
 * `series` only on a folder's index, `part` only inside a series, and parts numbered 1 to N.
 */
export function navigationRule(files: readonly ContentFile[]): Diagnostic[] {
  const out = duplicateUrls(files);
  const seriesIndexes = new Map<string, ContentFile>();
  for (const f of files) {
    if (f.frontmatter.raw.series === undefined) continue;
    if (!isIndex(f)) {
      out.push(at(f, 'series', '`series` is set on a page that is not a folder\'s index.mdx',
        'Move `series: true` to the index.mdx of the folder whose pages form the series.'));
    } else if (f.frontmatter.raw.series === true) {
      seriesIndexes.set(f.id.replace(/(^|\/)index$/, ''), f);
    }
  }
  const members = new Map<string, ContentFile[]>();
  for (const f of files) {
    if (f.frontmatter.raw.part === undefined) continue;
    if (isIndex(f)) {
      out.push(at(f, 'part', '`part` is set on a folder\'s index page', 'An index introduces its series; only the pages inside it take `part:`.'));
      continue;
    }
    const folder = folderOfId(f.id);
    if (!seriesIndexes.has(folder)) {
      out.push(at(f, 'part', `\`part\` is set, but the folder \`${folder || '.'}\` is not a series`,
        `Add \`series: true\` to ${folder ? `${folder}/` : ''}index.mdx, or remove \`part:\` from this page.`));
      continue;
    }
    members.set(folder, [...(members.get(folder) ?? []), f]);
  }
  for (const [folder, index] of seriesIndexes) out.push(...seriesParts(index, members.get(folder) ?? []));
  return out;
}
