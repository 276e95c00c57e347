import { posix } from 'node:path';
import type { MdastNode } from 'satteri';
import { problemAt, type ContentRule } from './content-rule.ts';
import { walk, type ContentFile } from '../content/content-file.ts';
import { classifyLink } from '../content/content-links.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';

const RULE = 'remote-resources';

/**
 * JSX attributes that make the browser fetch a resource as the page loads, by element (`*`: on
 * any element). `href` embeds only on these elements; on `<a>` it is a link, and links to other
 * sites are allowed.
 */
const EMBEDDING_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  '*': ['src', 'srcset', 'poster', 'background', 'lowsrc', 'dynsrc', 'longdesc', 'manifest', 'codebase', 'archive', 'classid', 'xlink:href', 'xlinkhref'],
  object: ['data'],
  link: ['href', 'imagesrcset'],
  image: ['href'],
  use: ['href'],
  feimage: ['href'],
  script: ['href'],
};

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/**
 * Images, media, frames and every other embedded resource come from this site. A resource from
 * another host makes every reader's browser contact that host, and the page breaks offline.
 * Checks Markdown images (inline and by reference) and the resource attributes of any JSX
 * element, including raw HTML that the safety rule also rejects, so the hint is right either way.
 */
export const remoteResourcesRule: ContentRule = (files) => files.flatMap(remoteResources);

function remoteResources(file: ContentFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!file.tree) return out;
  const definitions = new Map<string, string>();
  walk(file.tree, (node) => {
    const n = node as { identifier?: string; url?: string };
    // The first definition of a label wins, as in CommonMark.
    if (node.type === 'definition' && n.identifier !== undefined && !definitions.has(n.identifier)) definitions.set(n.identifier, n.url ?? '');
  });
  const report = (node: MdastNode, what: string, url: string) => {
    out.push(problemAt(file, node, RULE, `${what} is loaded from another host (\`${hostOf(url)}\`): \`${shorten(url)}\``, downloadHint(url)));
  };
  walk(file.tree, (node) => {
    const n = node as { url?: string; alt?: string | null; identifier?: string; name?: string | null; attributes?: JsxAttribute[] };
    if (node.type === 'image' && isRemote(file, n.url)) {
      report(node, `Image "${shorten(n.alt ?? '', 40)}"`, n.url!);
    } else if (node.type === 'imageReference') {
      const url = definitions.get(n.identifier ?? '');
      if (isRemote(file, url)) report(node, `Image "${shorten(n.alt ?? '', 40)}"`, url!);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = (n.name ?? '').toLowerCase();
      const embedding = new Set([...EMBEDDING_ATTRIBUTES['*']!, ...(EMBEDDING_ATTRIBUTES[element] ?? [])]);
      for (const attr of n.attributes ?? []) {
        if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string') continue;
        const name = (attr.name ?? '').toLowerCase();
        const urls = name === 'style' ? cssUrls(attr.value) : embedding.has(name) ? (name.endsWith('srcset') ? srcsetUrls(attr.value) : [attr.value]) : [];
        const remote = urls.find((url) => isRemote(file, url));
        if (remote) report(node, `\`<${n.name ?? ''} ${attr.name}>\``, remote);
      }
    }
  });
  return out;
}

/** Another site's URL (`https://…`, `//host/…`); unsafe schemes are the links rule's to report. */
function isRemote(file: ContentFile, url: string | undefined): boolean {
  return url !== undefined && classifyLink(file.relPath, url).kind === 'external';
}

/** The URLs of a `srcset` list: each candidate is a URL, then an optional width or density. */
function srcsetUrls(value: string): string[] {
  return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/** The URLs of `url(…)` in inline CSS. */
function cssUrls(value: string): string[] {
  return [...value.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)].map((m) => m[2] ?? '');
}

function hostOf(url: string): string {
  try {
    return new URL(url.trim(), 'https://invalid.invalid').host || url.trim().split(':')[0] || url;
  } catch {
    return shorten(url, 40);
  }
}

/** What to do: the file belongs in the repository, under a name taken from its URL. */
function downloadHint(url: string): string {
  let name = '';
  try {
    name = posix.basename(new URL(url.trim(), 'https://invalid.invalid').pathname);
  } catch {
    // An unparsable URL gets no suggested name.
  }
  const local = /^[\w.-]+\.[a-z0-9]+$/i.test(name) ? name.toLowerCase() : 'name.png';
  return `Download the file into the repository next to this page and write \`./${local}\` (or into public/ and write \`/${local}\`): the page then works offline and contacts no other site. To send readers to the original, link to it: \`[text](${shorten(url.trim(), 60)})\`.`;
}

function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
