import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { PagePlan } from './generate-content.ts';

/*
 * A third content shape, written by nobody on this project: the Markdown the installed packages
 * ship (READMEs, changelogs, guides under node_modules/), each made into a page the check
 * accepts. What MDX would read as code (HTML, braces, `import` lines) and links to files that
 * are not pages are taken out; the prose, headings, lists, tables and code blocks stay. Long
 * documents are cut at their second-level headings, so a changelog gives a page per few releases.
 */

/** Code block languages the check reads as they are; any other (JavaScript, say) becomes `text`. */
const LANGUAGES = new Set(['sh', 'bash', 'shell', 'console', 'ini', 'text', 'txt']);
/** An HTML tag, opening or closing: MDX would read it as JSX. */
const HTML_TAG = /<\/?[A-Za-z][^>]*>/g;
/** About how much text one page holds before a document is cut at its next second-level heading. */
const PAGE_CHARS = 6_000;

export interface SourceDocument {
  /** The package folder (`@astrojs/mdx`) and the file inside it (`README.md`). */
  pkg: string;
  file: string;
  text: string;
}

/** Every Markdown file over 1 KB in `modules` (a node_modules folder), licences left out, in path order. */
export function packageDocuments(modules: string): SourceDocument[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile() && /\.md$/i.test(e.name) && !/^licen[cs]e/i.test(e.name) && statSync(path).size > 1024) found.push(path);
    }
  };
  walk(modules);
  return found.sort().map((path) => {
    const rel = relative(modules, path).split(sep);
    // The last node_modules/ on the path names the package; a scope is part of its name.
    const at = rel.lastIndexOf('node_modules') + 1;
    const size = rel[at]?.startsWith('@') ? 2 : 1;
    return { pkg: rel.slice(at, at + size).join('/'), file: rel.slice(at + size).join('/'), text: readFileSync(path, 'utf8') };
  });
}

/** A line of prose made safe for MDX: no HTML, no braces read as expressions, links to pages only. */
export function proseLine(line: string): string {
  const linked = withoutImages(line)
    .replace(/\[((?:[^[\]]|\[[^\]]*\])*)\]\(([^)\s]*)[^)]*\)/g, (_m, label: string, url: string) => (/^https?:\/\//.test(url) && label.trim() ? `[${label}](${url})` : label))
    .replace(/\[((?:[^[\]]|\[[^\]]*\])+)\]\[[^\]]*\]/g, '$1')
    // The end of a link or image that started on an earlier line: a link to a page, or no image.
    .replace(/\]\((?!https?:\/\/)[^)\s]*\)/g, ']')
    .replace(/!\[/g, '[');
  // Inline code stays as written; only the text between code spans is changed.
  return linked
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeText(part.replace(/<(https?:\/\/[^>\s]+)>/g, '$1').replace(/<!--.*?-->/g, '').replace(HTML_TAG, ''))))
    .join('');
}

/** Images (badges, most of them: linked images too) are left out; they would be loaded from other hosts. */
function withoutImages(text: string): string {
  return text
    .replace(/\[!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])\](?:\([^)]*\)|\[[^\]]*\])/g, '')
    .replace(/!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])/g, '');
}

/** Braces and `<` as text, not as MDX expressions and tags. */
function escapeText(text: string): string {
  return text.replace(/[{}]/g, (c) => `\\${c}`).replace(/</g, '&lt;');
}

export interface ConvertedDocument {
  title: string;
  /** The body, cut into parts of about `PAGE_CHARS` at second-level headings. */
  parts: string[];
}

/** Turns one package's Markdown file into MDX bodies; the first-level heading becomes the title. */
export function convertDocument(doc: SourceDocument): ConvertedDocument {
  const out: string[] = [];
  let title = '';
  let fence: string | null = null;
  let comment = false;
  for (const raw of doc.text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\t/g, '  ');
    // A fence may sit in a list item or a block quote.
    const open = /^((?:\s*>)*\s*)(`{3,}|~{3,})\s*([\w+#.-]*)/.exec(line);
    if (fence !== null) {
      out.push(line);
      if (open && open[2]!.startsWith(fence) && line.replace(/^(?:\s*>)*\s*/, '').trim() === open[2]) fence = null;
      continue;
    }
    if (open) {
      fence = open[2]!;
      const lang = open[3]!.toLowerCase();
      out.push(`${open[1]}${fence}${LANGUAGES.has(lang) ? lang : 'text'}`);
      continue;
    }
    if (comment) {
      if (line.includes('-->')) comment = false;
      continue;
    }
    if (line.includes('<!--') && !line.includes('-->')) {
      comment = true;
      continue;
    }
    // ESM lines and setext underlines would change what MDX reads; reference definitions name files.
    if (/^\s*(import|export)\s/.test(line) || /^\s*=+\s*$/.test(line) || /^\s*\[[^\]]+\]:\s*\S/.test(line)) continue;
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const text = plain(withoutImages(heading[2]!).replace(HTML_TAG, ''));
      if (!text) continue;
      if (heading[1] === '#' && !title) {
        title = text;
        continue;
      }
      // Every heading below the title is at least a second-level one.
      out.push(`${'#'.repeat(Math.max(2, heading[1]!.length))} ${escapeText(text)}`);
      continue;
    }
    out.push(proseLine(line));
  }
  if (fence !== null) out.push(fence);
  return { title: title || doc.file.replace(/\.md$/i, ''), parts: cutAtHeadings(out.join('\n').replace(/\n{3,}/g, '\n\n').trim()) };
}

/** Text without Markdown marks, links or escapes, for titles and headings. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_~\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts a body at second-level headings outside code, so no part is much longer than `PAGE_CHARS`. */
function cutAtHeadings(body: string): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  let size = 0;
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) inFence = !inFence;
    if (!inFence && line.startsWith('## ') && size > PAGE_CHARS) {
      parts.push(current.join('\n').trim());
      current = [];
      size = 0;
    }
    current.push(line);
    size += line.length + 1;
  }
  parts.push(current.join('\n').trim());
  return parts.filter((p) => /\w/.test(p));
}

/** The first sentence of prose, for the page's description. */
function firstSentence(body: string): string {
  for (const para of body.split(/\n\n/)) {
    if (/^\s*(#|`{3}|~{3}|\||[-*+] |\d+\. |>)/.test(para)) continue;
    const text = plain(para).replace(/\\([{}])/g, '$1');
    if (text.length < 20) continue;
    return /^(.{20,200}?[.!?])(\s|$)/.exec(text)?.[1] ?? text.slice(0, 150);
  }
  return '';
}

const yamlString = (s: string) => JSON.stringify(s);

/** Asked for more pages than the installed packages' Markdown gives. */
export class PackageDocsShortError extends Error {}

/**
 * Writes `pages` pages into `dir`: a home page, then a folder per package of `modules`, with its
 * README as the folder's index page. Throws when the packages hold fewer pages than asked for.
 */
export function writePackageDocs(dir: string, pages: number, modules: string): PagePlan[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The home page, as every site has: the only text here that is the bench's own.
  const home: PagePlan = { relPath: 'index.mdx', title: 'Package documentation', description: 'The READMEs, changelogs and guides of the packages this project installs.', headings: [] };
  writeFileSync(join(dir, home.relPath), `---\ntitle: ${yamlString(home.title)}\ndescription: ${yamlString(home.description)}\n---\n\nOne folder per package, its README first.\n`);
  const plans: PagePlan[] = [home];
  const seen = new Set<string>([home.relPath]);
  for (const doc of packageDocuments(modules)) {
    const { title, parts } = convertDocument(doc);
    const folder = doc.pkg.replace(/^@/, '').replace(/[^A-Za-z0-9/-]+/g, '-').replace('/', '-').toLowerCase();
    const base = doc.file.replace(/\.md$/i, '').toLowerCase().replace(/[^a-z0-9/]+/g, '-').replace(/\//g, '-');
    parts.forEach((body, i) => {
      if (plans.length >= pages) return;
      const name = base === 'readme' && i === 0 ? 'index' : `${base}${parts.length > 1 ? `-${i + 1}` : ''}`;
      const relPath = `${folder}/${name}.mdx`;
      if (seen.has(relPath)) return;
      seen.add(relPath);
      const source = base === 'readme' ? doc.pkg : `${doc.pkg} ${doc.file}`;
      const pageTitle = `${`${source}: ${title}`.slice(0, 80)}${parts.length > 1 ? ` (${i + 1} of ${parts.length})` : ''}`;
      const description = firstSentence(body) || `${title}, from the ${doc.pkg} package.`;
      const slugger = new GithubSlugger();
      const headings = [...body.matchAll(/^(##|###) (.+)$/gm)].map((m) => ({ depth: m[1]!.length as 2 | 3, text: m[2]!, id: slugger.slug(m[2]!) }));
      const file = join(dir, relPath);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `---\ntitle: ${yamlString(pageTitle)}\ndescription: ${yamlString(description)}\n---\n\n${body}\n`);
      plans.push({ relPath, title: pageTitle, description, headings });
    });
    if (plans.length >= pages) break;
  }
  if (plans.length < pages) throw new PackageDocsShortError(`the installed packages hold ${plans.length} pages of Markdown; ask for at most that many.`);
  return plans;
}
