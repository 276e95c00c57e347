import { posix } from 'node:path';
import type { MdastNode } from 'satteri';
import { problemAt, type ContentRule } from './content-rule.ts';
import type { ContentFile } from '../content/content-file.ts';
import { textOf, walk } from '../content/content-file.ts';
import { classifyLink, decodeUrlPart } from '../content/content-links.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { closest } from '../diagnostics/edit-distance.ts';
import { pathForId } from '../site/routes.ts';

/**
 * Tells whether a file exists: in the content folder (`path` relative to it, possibly leading out
 * of it with `../`), or in the public folder (`/favicon.svg` is `favicon.svg` there). The caller
 * knows where those folders are; the rule only asks.
 */
export type FileExists = (folder: 'content' | 'public', path: string) => boolean;

const FILE_LINK_HINT = 'Link to a page by the path of its .mdx file, relative to this file (`./services.mdx`).';

interface LinkSite {
  node: MdastNode;
  /** `link "Services"` or `image "A diagram"`: how the message names the link. */
  label: string;
  url: string;
  isImage: boolean;
}

/** The whole content set, indexed for link lookups. */
interface SiteIndex {
  byRelPath: Map<string, ContentFile>;
  byUrl: Map<string, ContentFile>;
  fileExists: FileExists;
}

/**
 * Checks every link, image and link definition in every file: placeholder (`TODO`) and empty
 * targets, unsafe schemes, missing pages and files, missing anchors on this or another page, and
 * site-absolute URLs that no page or public file has. Suggests the closest page or anchor.
 */
export function linksRule(fileExists: FileExists): ContentRule {
  return (files) => {
    const index: SiteIndex = {
      byRelPath: new Map(files.map((f) => [f.relPath, f])),
      byUrl: new Map(files.map((f) => [pathForId(f.id), f])),
      fileExists,
    };
    return files.flatMap((file) => linkSites(file).flatMap((site) => checkLink(file, site, index)));
  };
}

/** Every link-like node of a file, with a short label for messages. */
function linkSites(file: ContentFile): LinkSite[] {
  const sites: LinkSite[] = [];
  if (!file.tree) return sites;
  walk(file.tree, (node) => {
    const n = node as { url?: string; alt?: string | null; label?: string | null };
    if (node.type === 'link') sites.push({ node, url: n.url ?? '', isImage: false, label: `link ${quote(textOf(node))}` });
    if (node.type === 'definition') sites.push({ node, url: n.url ?? '', isImage: false, label: `link definition ${quote(`[${n.label ?? ''}]`)}` });
    if (node.type === 'image') sites.push({ node, url: n.url ?? '', isImage: true, label: `image ${quote(n.alt ?? '')}` });
  });
  return sites;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}"`;
}

function checkLink(file: ContentFile, site: LinkSite, index: SiteIndex): Diagnostic[] {
  const at = (message: string, hint: string): Diagnostic[] => [problemAt(file, site.node, 'links', message, hint)];
  const target = classifyLink(file.relPath, site.url);
  const written = site.url.trim();
  switch (target.kind) {
    case 'external':
      return [];
    case 'todo':
      return at(`Placeholder target \`${written}\` in ${site.label}`, `Point it at the page it should open. ${FILE_LINK_HINT}`);
    case 'empty':
      return at(`Empty target in ${site.label}`, FILE_LINK_HINT);
    case 'unsafe':
      return at(
        `Unsafe \`${target.scheme}:\` URL in ${site.label}`,
        'Content may link only to pages, public files and `https:` addresses.',
      );
    case 'fragment':
      return checkAnchor(file, target.fragment, '', site, at);
    case 'site':
      return checkSitePath(file, site, target.path, target.fragment, index, at);
    case 'file':
      return checkFile(file, site, written, target.relPath, target.fragment, index, at);
  }
}

type At = (message: string, hint: string) => Diagnostic[];

function checkFile(file: ContentFile, site: LinkSite, written: string, relPath: string, fragment: string, index: SiteIndex, at: At): Diagnostic[] {
  const writtenPath = written.split('#')[0] ?? written;
  if (site.isImage || !relPath.endsWith('.mdx')) {
    // Images and other files are read from disk next to the content file.
    const onDisk = posix.join(posix.dirname(file.relPath), decodeUrlPart(writtenPath.split('?')[0] ?? writtenPath));
    if (index.fileExists('content', onDisk)) {
      return site.isImage ? [] : at(
        `${capitalise(site.label)} points at \`${writtenPath}\`, which is not a page`,
        'Link to a .mdx page, or put the file in public/ and link to it as `/name.ext`.',
      );
    }
    return at(`Cannot find file \`${writtenPath}\` for ${site.label}`, 'Check the path: it is relative to this file.');
  }
  const target = index.byRelPath.get(relPath);
  if (!target) {
    const forms = writtenForms(file.relPath, writtenPath, [...index.byRelPath.keys()]);
    // A close spelling first; else a page of the same name in another folder.
    const sameName = forms.filter((f) => posix.basename(f) === posix.basename(writtenPath));
    const suggestion = closest(writtenPath, forms) ?? (sameName.length === 1 ? sameName[0] : undefined);
    const didYouMean = suggestion ? `; did you mean \`${suggestion}\`?` : '';
    return at(`Cannot find page \`${writtenPath}\` for ${site.label}${didYouMean}`, FILE_LINK_HINT);
  }
  return fragment ? checkAnchor(target, fragment, writtenPath, site, at) : [];
}

/** Every content file as it would be written from `fromRelPath`, in the style of `written` (`./x.mdx` or `x.mdx`). */
function writtenForms(fromRelPath: string, written: string, relPaths: string[]): string[] {
  const fromDir = posix.dirname(fromRelPath);
  const dotted = written.startsWith('./');
  return relPaths.map((p) => {
    const rel = posix.relative(fromDir, p);
    return dotted && !rel.startsWith('../') ? `./${rel}` : rel;
  });
}

function checkSitePath(file: ContentFile, site: LinkSite, path: string, fragment: string, index: SiteIndex, at: At): Diagnostic[] {
  const pageUrl = path.endsWith('/') ? path : `${path}/`;
  const target = index.byUrl.get(pageUrl);
  if (target) return fragment ? checkAnchor(target, fragment, path, site, at) : [];
  if (index.fileExists('public', decodeUrlPart(path).replace(/^\/+/, ''))) return [];
  const suggestion = closest(pageUrl, index.byUrl.keys());
  const didYouMean = suggestion ? `; did you mean \`${suggestion}\`?` : '';
  return at(
    `No page or public file has the URL \`${path}\` (${site.label})${didYouMean}`,
    'Link to a page by the path of its .mdx file, relative to this file (`./services.mdx`), and to a file in public/ as `/name.ext`.',
  );
}

/** `where` is how the link names the other page (`./services.mdx`), or '' for this page. */
function checkAnchor(target: ContentFile, fragment: string, where: string, site: LinkSite, at: At): Diagnostic[] {
  if (target.headingIds.includes(fragment)) return [];
  const suggestion = closest(fragment, target.headingIds);
  const page = where ? ` on page \`${where}\`` : ' on this page';
  const didYouMean = suggestion ? `; did you mean \`#${suggestion}\`?` : '';
  const ids = target.headingIds.slice(0, 8).map((id) => `#${id}`).join(', ');
  return at(
    `Cannot find heading \`#${fragment}\`${page} for ${site.label}${didYouMean}`,
    ids ? `Anchors are the ids of the page's headings: ${ids}${target.headingIds.length > 8 ? ', …' : ''}.` : 'That page has no headings to link to.',
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
