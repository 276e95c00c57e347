import { posix } from 'node:path';
import { entryIdFromPath, pathForId } from '../site/routes.ts';

/** What a link in a content file points at. */
export type LinkTarget =
  | { kind: 'external'; href: string }
  | { kind: 'fragment'; fragment: string }
  | { kind: 'site'; path: string; fragment: string }
  | { kind: 'file'; relPath: string; fragment: string }
  | { kind: 'unsafe'; scheme: string }
  | { kind: 'todo' }
  | { kind: 'empty' };

const UNSAFE_SCHEMES = new Set(['javascript', 'data', 'vbscript']);

/**
 * Classifies a link written in `fromRelPath` (a path relative to the content folder).
 * Relative paths resolve like they do on GitHub: `services.mdx`, `../x/index.mdx`, `./`.
 */
export function classifyLink(fromRelPath: string, href: string): LinkTarget {
  const trimmed = href.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (/^todo$/i.test(trimmed)) return { kind: 'todo' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme) return UNSAFE_SCHEMES.has(scheme) ? { kind: 'unsafe', scheme } : { kind: 'external', href: trimmed };
  if (trimmed.startsWith('//')) return { kind: 'external', href: trimmed };
  const hashAt = trimmed.indexOf('#');
  const path = hashAt === -1 ? trimmed : trimmed.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : decodeUrlPart(trimmed.slice(hashAt + 1));
  if (path === '') return { kind: 'fragment', fragment };
  if (path.startsWith('/')) return { kind: 'site', path: path.split('?')[0] ?? path, fragment };
  const fromDir = posix.dirname(fromRelPath);
  let rel = posix.normalize(posix.join(fromDir, decodeUrlPart(path)));
  if (path.endsWith('/') || rel === '.' || !/\.[a-z0-9]+$/i.test(rel)) rel = posix.join(rel, 'index.mdx');
  return { kind: 'file', relPath: rel.replace(/^\.\//, ''), fragment };
}

/** Percent-decodes a URL part; a malformed escape (`%zz`) stays as written, so it is reported as not found rather than throwing. */
export function decodeUrlPart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The page URL (without base) of a content file path, with an optional fragment. */
export function urlForContentFile(relPath: string, fragment = ''): string {
  const url = pathForId(entryIdFromPath(relPath));
  return fragment ? `${url}#${fragment}` : url;
}
