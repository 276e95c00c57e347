import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { resolveRef, scanHtml, type HtmlScan } from '../src/lib/html/html-links.ts';
import { scanMarkdown, sitePathOf } from '../src/lib/markdown/markdown-links.ts';
import { builtFileForUrl, redirectFor, type RouteTable } from '../src/lib/site/routes.ts';
import { readRouteTable } from '../src/pipeline/route-table-file.ts';
import { buildSettings } from '../src/io/build-settings.ts';

const HELP = `Usage: npm run check:dist [-- <dist folder>]

Crawls a built site independently of the build: parses every HTML file and every Markdown copy
(.md, llms.txt, llms-full.txt), and checks that every internal href, src and Markdown link leads
to a file, and every #fragment to an id on the target page, and that every route of the build's
route table (kept in CACHE_DIR by npm run build) was built. Absolute URLs on the table's site count as internal.
Exits 1 on any broken reference.`;

/** Every broken internal reference in a built site (`page: <tag attr="value"> reason`), and how many were followed. */
export function checkDist(dir: string, table: RouteTable = readRouteTable(buildSettings().cacheDir, dir)): { problems: string[]; checked: number } {
  const base = table.base;
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => posix.relative(dir.split('\\').join('/'), join(e.parentPath, e.name).split('\\').join('/')));
  const pages = new Map<string, HtmlScan>();
  for (const file of files.filter((f) => f.endsWith('.html'))) pages.set(file, scanHtml(readFileSync(join(dir, file), 'utf8')));
  // Markdown copies and llms.txt link like pages do; they offer no ids of their own.
  const sources = new Map<string, { where: string; value: string }[]>();
  for (const [file, scan] of pages) sources.set(file, scan.refs.map((r) => ({ where: `<${r.tag} ${r.attr}="${r.value}">`, value: r.value })));
  for (const file of files.filter((f) => f.endsWith('.md') || /(^|\/)llms(-full)?\.txt$/.test(f)).sort()) {
    sources.set(file, scanMarkdown(readFileSync(join(dir, file), 'utf8')).map((r) => ({ where: `${r.kind} (${r.value})`, value: r.value })));
  }
  const problems: string[] = [];
  const built = new Set(files);
  for (const route of table.routes) {
    if (!built.has(route.file)) problems.push(`route table: ${route.url} was never built (${route.file})`);
  }
  let checked = 0;
  for (const [file, refs] of sources) {
    const from = table.byFile(file)?.url ?? base + file;
    for (const ref of refs) {
      const target = resolveRef(from, sitePathOf(ref.value, table.site));
      if (!target) continue;
      checked += 1;
      const where = `${file}: ${ref.where}`;
      // A folder URL without its slash is redirected by static hosts; the page must still exist.
      const targetFile = builtFileForUrl(table, redirectFor(table, target.path) ?? target.path);
      if (targetFile === null) {
        problems.push(`${where} is outside the base path ${base}`);
        continue;
      }
      if (!existsSync(join(dir, targetFile))) {
        problems.push(`${where} leads to no file (${targetFile})`);
        continue;
      }
      const page = pages.get(targetFile);
      if (target.fragment && page && !page.ids.has(target.fragment)) {
        problems.push(`${where} names no id on ${targetFile}`);
      }
    }
  }
  return { problems, checked };
}

if (import.meta.main) {
  if (process.argv.includes('--help')) {
    console.log(HELP);
    process.exit(0);
  }
  const dir = process.argv[2] ?? 'dist';
  const { problems, checked } = checkDist(dir);
  if (problems.length > 0) {
    console.error(`${problems.join('\n')}\n\n${problems.length} broken reference${problems.length === 1 ? '' : 's'} in ${dir}/`);
    process.exitCode = 1;
  } else {
    console.log(`${dir}/: all ${checked} internal links, images and fragments resolve (pages and Markdown copies)`);
  }
}
