import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { normalizeBase } from '../src/lib/base-path.ts';
import { fileForUrlPath, resolveRef, scanHtml, urlPathOfFile, type HtmlScan } from '../src/lib/html-links.ts';
import { scanMarkdown, sitePathOf } from '../src/lib/markdown-links.ts';
import { siteConfigFromEnv } from '../src/lib/site-config.ts';

const HELP = `Usage: npm run check:dist [-- <dist folder>]

Crawls a built site independently of the build: parses every HTML file and every Markdown copy
(.md, llms.txt), and checks that every internal href, src and Markdown link leads to a file, and
every #fragment to an id on the target page. Absolute URLs on SITE count as internal.
Set BASE and SITE to what the site was built for (defaults / and http://localhost:4321).
Exits 1 on any broken reference.`;

/** Every broken internal reference in a built site (`page: <tag attr="value"> reason`), and how many were followed. */
export function checkDist(dir: string, baseInput = '/', site = siteConfigFromEnv({}).site): { problems: string[]; checked: number } {
  const base = normalizeBase(baseInput);
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
  let checked = 0;
  for (const [file, refs] of sources) {
    const from = urlPathOfFile(file, base);
    for (const ref of refs) {
      const target = resolveRef(from, sitePathOf(ref.value, site));
      if (!target) continue;
      checked += 1;
      const where = `${file}: ${ref.where}`;
      let targetFile = fileForUrlPath(target.path, base);
      if (targetFile === null) {
        problems.push(`${where} is outside the base path ${base}`);
        continue;
      }
      // A folder URL without its slash is redirected by static hosts; the file must still exist.
      if (!pages.has(targetFile) && existsSync(join(dir, targetFile)) && statSync(join(dir, targetFile)).isDirectory()) {
        targetFile = posix.join(targetFile, 'index.html');
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
  const { problems, checked } = checkDist(dir, process.env.BASE, siteConfigFromEnv(process.env).site);
  if (problems.length > 0) {
    console.error(`${problems.join('\n')}\n\n${problems.length} broken reference${problems.length === 1 ? '' : 's'} in ${dir}/`);
    process.exitCode = 1;
  } else {
    console.log(`${dir}/: all ${checked} internal links, images and fragments resolve (pages and Markdown copies)`);
  }
}
