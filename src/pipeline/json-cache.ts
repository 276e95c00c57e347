import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The build's memos between runs (Markdown copies, the site scan, the search fragments of
 * `dist/`): one JSON file of entries, valid for one `code` digest (the code that made them). A
 * missing, damaged or other code's file reads as empty, which costs one full run, never a wrong
 * result.
 */
interface CacheFile {
  code: string;
  entries: [string, unknown][];
}

/** The entries a previous run kept under `code`; empty when there are none to trust. */
export function readJsonCache<T>(file: string | null, code: string): Map<string, T> {
  if (!file || !existsSync(file)) return new Map();
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    return json.code === code && Array.isArray(json.entries) ? new Map(json.entries as [string, T][]) : new Map();
  } catch {
    return new Map();
  }
}

/** Keeps this run's entries (only them, so the file never outgrows the site) for the next run. */
export function writeJsonCache<T>(file: string, code: string, entries: Iterable<[string, T]>): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ code, entries: [...entries] } satisfies CacheFile));
}
