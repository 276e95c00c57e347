import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compareSites, type BuiltPage } from '../src/lib/site-diff/compare-sites.ts';
import { htmlTitle } from '../src/lib/site-diff/html-title.ts';
import { siteDiffReport } from '../src/lib/site-diff/site-diff-report.ts';

const HELP = `Usage: npm run site-diff -- <old site folder> <new site folder>

Compares two built sites (two dist/ folders) page by page and prints a Markdown report: the
pages added, removed and changed, and for a changed page what changed in its text (words,
headings, code blocks, links, read from its Markdown copy, index.md); then, apart, the pages
whose HTML changed but whose text did not (navigation or layout only). Pages are found by their
folders' index.html. The pull-request workflow appends the report to its job summary.
Exits 2 when a folder is missing; a difference is not an error.`;

/** Every page of a built site: each folder's index.html, with its index.md beside it. */
export function readBuiltSite(dir: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const folder = entry.parentPath;
    const html = readFileSync(join(folder, 'index.html'));
    const copy = join(folder, 'index.md');
    const rel = relative(dir, folder).split(sep).join('/');
    pages.push({
      path: rel === '' ? '/' : `/${rel}/`,
      htmlDigest: createHash('sha256').update(html).digest('hex'),
      markdown: existsSync(copy) ? readFileSync(copy, 'utf8') : null,
      htmlTitle: htmlTitle(html.toString('utf8')),
    });
  }
  return pages;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(HELP);
    process.exit(0);
  }
  const problems = args.length === 2 ? args.filter((d) => !statSync(d, { throwIfNoEntry: false })?.isDirectory()).map((d) => `${d}: no such folder; build a site into it first (npm run build).`) : ['Give two folders: the site before and the site after.'];
  if (problems.length > 0) {
    console.error(`${problems.join('\n')}\n\n${HELP}`);
    process.exit(2);
  }
  const [before, after] = args as [string, string];
  process.stdout.write(siteDiffReport(compareSites(readBuiltSite(before), readBuiltSite(after))));
}
