import { stringify } from 'yaml';

/** A page path as `npm run new` accepts it: lower-case words with `-`, folders with `/`, no `.mdx`. */
const PAGE_PATH = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** Checks a page path (`get-started/my-page`); returns why it is not usable, or null. */
export function pagePathProblem(path: string): string | null {
  if (PAGE_PATH.test(path)) return null;
  return `\`${path}\` is not a page path: use lower-case words joined by \`-\`, folders separated by \`/\`, without \`.mdx\` (e.g. \`get-started/my-page\`).`;
}

export interface ScaffoldOptions {
  title: string;
  description?: string;
  /** Set when the folder is a numbered series: the next free part number. */
  part?: number;
}

/** The source of a new page: frontmatter that passes the schema, and a short body to replace. */
export function scaffoldPage(options: ScaffoldOptions): string {
  const data: Record<string, unknown> = {
    title: options.title.trim(),
    description: options.description?.trim() || `What the reader learns on the ${options.title.trim()} page, in one sentence.`,
  };
  if (options.part !== undefined) {
    // A series part needs these three (the part-fields rule); the author replaces the examples.
    data.part = options.part;
    data.minutes = 20;
    data.prerequisites = [options.part > 1 ? `Part ${options.part - 1} done` : 'Docker installed and working'];
    data.outcomes = [`What the reader has at the end of ${options.title.trim()}`];
  }
  return `---\n${stringify(data)}---\n\n## Overview\n\nWrite the page here in Markdown. CONTRIBUTING.md shows links, code blocks and asides.\n`;
}

/** The next part number of a series, given the parts its pages already have. */
export function nextPart(parts: readonly unknown[]): number {
  const numbers = parts.filter((p): p is number => typeof p === 'number');
  return numbers.length === 0 ? 1 : Math.max(...numbers) + 1;
}
