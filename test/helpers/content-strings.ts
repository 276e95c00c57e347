import { parseContentFile, type ContentFile } from '../../src/lib/content/content-file.ts';
import { formatDiagnostic, sortDiagnostics } from '../../src/lib/diagnostics/diagnostics.ts';
import type { ContentRule } from '../../src/lib/rules/content-rule.ts';

/** Frontmatter for a test page. */
export function page(title: string, body: string): string {
  return `---\ntitle: ${title}\ndescription: A page.\n---\n${body}`;
}

/** Parses `{ 'a/b.mdx': source }` into content files shown as `content/a/b.mdx`. */
export function contentSet(sources: Record<string, string>): ContentFile[] {
  return Object.entries(sources).map(([rel, src]) => parseContentFile(rel, `content/${rel}`, src));
}

/** Runs one rule and returns its diagnostics as the lines `npm run check` prints (without hints). */
export function problems(rule: ContentRule, sources: Record<string, string>): string[] {
  return sortDiagnostics(rule(contentSet(sources))).map((d) => formatDiagnostic(d).split('\n')[0]!);
}
