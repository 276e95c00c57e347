import { posix } from 'node:path';
import type { ContentRule } from './content-rule.ts';
import { walk, type ContentFile } from '../content/content-file.ts';
import { classifyLink } from '../content/content-links.ts';
import type { ContentEntry } from '../content/content-set.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { urlNameProblems, urlSafeName } from './url-names.ts';

const RULE = 'content-files';

/** Extensions an image can have; only images can be shown on a page from content/. */
const IMAGE = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

/** JSX attributes that can name a file next to the page. */
const FILE_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'href', 'data']);

/**
 * Every entry under content/ is accounted for: a page (`.mdx`), a file a page uses, or a
 * reported problem. Pages saved as `.md`, unused files, names that make poor URLs, and symbolic
 * links that leave the repository (or lead nowhere) are errors. Takes the listing as input,
 * so it reads nothing itself.
 */
export function contentFilesRule(entries: readonly ContentEntry[], displayBase: string): ContentRule {
  return (files) => {
    const used = usedFiles(files);
    return entries.flatMap((entry) => entryProblems(entry, entry.relPath ? `${displayBase}/${entry.relPath}` : displayBase, used));
  };
}

function entryProblems(entry: ContentEntry, displayPath: string, used: ReadonlySet<string>): Diagnostic[] {
  const name = posix.basename(entry.relPath);
  const at = (message: string, hint: string): Diagnostic[] => [{ file: displayPath, line: 1, column: 1, message, hint, rule: RULE }];
  switch (entry.kind) {
    case 'link-outside':
      return at(
        `\`${name}\` is a symbolic link to \`${entry.target}\`, outside the repository`,
        'Copy the file into the repository instead: the published site cannot reach outside it.',
      );
    case 'link-broken':
      return at(`\`${name}\` is a symbolic link to \`${entry.target}\`, which does not exist`, 'Point the link at a file in the repository, or delete it.');
    case 'link-repeat':
      return at(
        `\`${name}\` is a symbolic link to the folder \`${entry.target}\`, which content/ already holds`,
        'Delete the link: every page has one place, and one URL.',
      );
    case 'unreadable':
      if (entry.relPath === '' && entry.reason === 'ENOENT') {
        return at('The content folder does not exist', 'Pass the folder that holds the pages (`npm run check -- content`), or set CONTENT_DIR.');
      }
      return at(`Cannot read \`${name || displayPath}\` (${entry.reason})`, 'Give it read permission, or delete it.');
    case 'other':
      return at(`\`${name}\` is neither a file nor a folder`, 'Delete it: content/ holds pages and the files they show.');
    case 'folder':
      return nameProblem(name, 'folder', at);
  }
  const ext = posix.extname(name);
  if (/^\.(md|markdown|mdx)$/i.test(ext) && ext !== '.mdx') {
    const page = `${urlSafeName(name.slice(0, -ext.length), 'page')}.mdx`;
    return at(
      `\`${name}\` is left out of the site: only \`.mdx\` files are pages`,
      `Rename it to \`${page}\`, then run \`npm run check\` again: MDX reads a literal \`<\` or \`{\` as code, so write \`\\<\` and \`\\{\`.`,
    );
  }
  if (ext === '.mdx') return nameProblem(name, 'page', at);
  if (!used.has(entry.relPath)) {
    return at(
      `\`${name}\` is not used by any page`,
      IMAGE.test(name)
        ? `Show it on a page with \`![What it shows](./${name})\` (from a page in the same folder), or delete it.`
        : 'Delete it: content/ holds pages and the images they show; a file for readers to download belongs in public/.',
    );
  }
  return nameProblem(name, 'file', at);
}

function nameProblem(name: string, kind: 'page' | 'folder' | 'file', at: (message: string, hint: string) => Diagnostic[]): Diagnostic[] {
  const problems = urlNameProblems(name);
  if (problems.length === 0) return [];
  const ext = kind === 'folder' ? '' : posix.extname(name);
  const better = `${urlSafeName(ext ? name.slice(0, -ext.length) : name, kind)}${ext.toLowerCase()}`;
  const what = kind === 'folder' ? 'Folder name' : kind === 'page' ? 'Page name' : 'File name';
  return at(
    `${what} \`${name}\` makes a poor URL (${problems.join(', ')})`,
    `Rename it to \`${better}\`${kind === 'file' ? ' and update the pages that show it' : ', and update links to it'}.`,
  );
}

/** Paths (relative to the content folder) of every file a page points at. */
function usedFiles(files: readonly ContentFile[]): Set<string> {
  const used = new Set<string>();
  for (const file of files) {
    if (!file.tree) continue;
    const add = (url: string) => {
      const target = classifyLink(file.relPath, url.split('?')[0] ?? url);
      if (target.kind === 'file') used.add(target.relPath);
    };
    walk(file.tree, (node) => {
      const n = node as { url?: unknown; attributes?: { type: string; name?: string; value?: unknown }[] };
      if (typeof n.url === 'string') add(n.url);
      for (const attr of n.attributes ?? []) {
        const name = (attr.name ?? '').toLowerCase();
        if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string' || !FILE_ATTRIBUTES.has(name)) continue;
        if (name === 'srcset') attr.value.split(',').forEach((c) => add(c.trim().split(/\s+/)[0] ?? ''));
        else add(attr.value);
      }
    });
  }
  return used;
}
