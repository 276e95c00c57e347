import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * In `astro dev` the content layer's data store is loaded as one JavaScript module; with every
 * page's HTML inside it, that module alone held about 350 MB at 1,000 pages. So in dev the store
 * keeps each page's metadata only, and its HTML waits here, one file per entry digest, until the
 * page is requested. Builds keep the HTML in the store, where Astro's incremental cache wants it.
 */

/** The folder of dev pages' HTML under the build's cache folder. */
export function devPagesDir(cacheDir: string): string {
  return join(cacheDir, 'dev-pages');
}

function fileOf(dir: string, digest: string): string {
  return join(dir, `${digest}.html`);
}

/** Keeps a page's HTML under its entry digest; returns the file, which the entry records. */
export function writeDevPageHtml(dir: string, digest: string, html: string): string {
  mkdirSync(dir, { recursive: true });
  const file = fileOf(dir, digest);
  writeFileSync(file, html);
  return file;
}

/** The file of a page's HTML by its entry digest, or null when it was never written (or was pruned). */
export function devPageHtmlFile(dir: string, digest: string): string | null {
  const file = fileOf(dir, digest);
  return existsSync(file) ? file : null;
}

/** A page's HTML from the file its entry records, or null when it is gone. */
export function readDevPageHtml(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Removes every page file whose digest is not in `keep`, so edits do not pile up files. */
export function pruneDevPages(dir: string, keep: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (name.endsWith('.html') && !keep.has(name.slice(0, -5))) rmSync(join(dir, name), { force: true });
}
