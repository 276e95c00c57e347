import { lstatSync, readFileSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, parse, relative, resolve } from 'node:path';
import { parseContentBytes, type ContentFile } from './content-file.ts';

/**
 * One entry under the content folder, as the content check sees it. Symbolic links that stay
 * inside the repository are followed and listed as what they point at; others are listed as
 * such, so the check can report them.
 */
export type ContentEntry =
  | { relPath: string; kind: 'file' | 'folder' }
  | { relPath: string; kind: 'link-outside' | 'link-broken'; target: string }
  /** A link to a folder already listed (`target`, relative to the content folder): pages would be listed twice. */
  | { relPath: string; kind: 'link-repeat'; target: string }
  /** Neither a file nor a folder: a socket, a device, a pipe. */
  | { relPath: string; kind: 'other' }
  /** A folder or file the check may not read (`reason`: the system's error code). */
  | { relPath: string; kind: 'unreadable'; reason: string };

/** Whether `path` is `root` or lies below it. */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Lists every file and folder below `dir`, sorted, with `/`-separated paths relative to it.
 * Symbolic links are followed only when their target lies inside `repoRoot` (by default,
 * anywhere on the disk).
 */
export function listContentEntries(dir: string, repoRoot: string = parse(dir).root): ContentEntry[] {
  let contentReal: string;
  try {
    contentReal = realpathSync(dir);
  } catch (err) {
    return [{ relPath: '', kind: 'unreadable', reason: errorCode(err) }];
  }
  const roots = [resolve(repoRoot), ...realOrNone(repoRoot)];
  const inRepo = (path: string) => roots.some((root) => isInside(root, path));
  const out: ContentEntry[] = [];
  const folders = new Map<string, string>([[contentReal, '.']]);
  const visit = (absDir: string, relDir: string) => {
    let names: string[];
    try {
      names = readdirSync(absDir).sort();
    } catch (err) {
      out.push({ relPath: relDir, kind: 'unreadable', reason: errorCode(err) });
      return;
    }
    for (const name of names) {
      const relPath = relDir ? `${relDir}/${name}` : name;
      // An entry that vanishes or turns unreadable while being listed is reported, not thrown.
      try {
        visitEntry(join(absDir, name), relPath);
      } catch (err) {
        out.push({ relPath, kind: 'unreadable', reason: errorCode(err) });
      }
    }
  };
  const visitEntry = (abs: string, relPath: string) => {
    let stat = lstatSync(abs);
    if (stat.isSymbolicLink()) {
      const target = readlinkSync(abs);
      // Outside as written, or once every link on the way is followed.
      if (!inRepo(resolve(dirname(abs), target))) {
        out.push({ relPath, kind: 'link-outside', target });
        return;
      }
      let real: string;
      try {
        real = realpathSync(abs);
      } catch {
        out.push({ relPath, kind: 'link-broken', target });
        return;
      }
      if (!inRepo(real)) {
        out.push({ relPath, kind: 'link-outside', target });
        return;
      }
      stat = statSync(abs);
    }
    if (stat.isDirectory()) {
      const real = realpathSync(abs);
      const seen = folders.get(real);
      if (seen !== undefined) {
        out.push({ relPath, kind: 'link-repeat', target: seen });
        return;
      }
      folders.set(real, relPath);
      out.push({ relPath, kind: 'folder' });
      visit(abs, relPath);
    } else {
      out.push({ relPath, kind: stat.isFile() ? 'file' : 'other' });
    }
  };
  visit(dir, '');
  // Plain code-unit order on the whole path, so `a.mdx` comes before `a/b.mdx` as it always has.
  return out.sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
}

/** A path with every link resolved, or nothing when it cannot be resolved. */
function realOrNone(path: string): string[] {
  try {
    return [realpathSync(path)];
  } catch {
    return [];
  }
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
}

/** The pages among the entries: files ending in `.mdx`. */
export function pagePaths(entries: readonly ContentEntry[]): string[] {
  return entries.filter((e) => e.kind === 'file' && e.relPath.endsWith('.mdx')).map((e) => e.relPath);
}

/** Lists every `.mdx` file below a folder, as sorted `/`-separated relative paths. */
export function listContentFiles(dir: string): string[] {
  return pagePaths(listContentEntries(dir));
}

/**
 * Reads and parses every page below `dir`; `displayBase` prefixes paths in diagnostics. With
 * `entries` (from `listContentEntries`), reads those pages instead of listing the folder again.
 */
export function loadContentSet(dir: string, displayBase: string, entries: readonly ContentEntry[] = listContentEntries(dir)): ContentFile[] {
  return pagePaths(entries).map((relPath) => {
    const displayPath = `${displayBase}/${relPath}`;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(dir, relPath));
    } catch (err) {
      const file = parseContentBytes(relPath, displayPath, new Uint8Array(0));
      file.diagnostics = [{
        file: displayPath, line: 1, column: 1, rule: 'content-files',
        message: `Cannot read the file (${errorCode(err)})`,
        hint: 'Give the file read permission, or delete it.',
      }];
      return file;
    }
    return parseContentBytes(relPath, displayPath, bytes);
  });
}
