import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseContentFile, type ContentFile } from './content-file.ts';

/** Lists every `.mdx` file below a folder, as sorted `/`-separated relative paths. */
export function listContentFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** Reads and parses every content file below `dir`; `displayBase` prefixes paths in diagnostics. */
export function loadContentSet(dir: string, displayBase: string): ContentFile[] {
  return listContentFiles(dir).map((relPath) =>
    parseContentFile(relPath, `${displayBase}/${relPath}`, readFileSync(join(dir, relPath), 'utf8')),
  );
}
