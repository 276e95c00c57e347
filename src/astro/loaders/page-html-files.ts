import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/*
 * Every page's finished HTML waits here, one file per entry digest, and the content layer's data
 * store keeps only the page's metadata and the file's name. Both `astro dev` and `astro build`
 * load the data store as one JavaScript module; with every page's HTML inside it, the dev
 * server's module held about 350 MB at 1,000 pages and the build's bundler handled the whole
 * site's HTML as one module, at a cost that grew faster than the pages.
 */

/** The folder of the pages' HTML under the build's cache folder. */
export function pageHtmlDir(cacheDir: string): string {
  return join(cacheDir, 'page-html');
}

/** How old a write aside must be before a prune takes it for a killed build's. */
const TMP_STALE_MS = 3_600_000;

function fileOf(dir: string, digest: string): string {
  return join(dir, `${digest}.html`);
}

/**
 * Keeps a page's HTML under its entry digest; returns the file, which the entry records. Written
 * aside and renamed: a build killed mid-write (Ctrl-C, or stopped while its content is still being
 * checked) must not leave a short file that a later build would take for the page.
 */
export function writePageHtml(dir: string, digest: string, html: string): string {
  mkdirSync(dir, { recursive: true });
  const file = fileOf(dir, digest);
  const aside = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(aside, html);
  renameSync(aside, file);
  return file;
}

/** The file of a page's HTML by its entry digest, or null when it was never written (or was pruned). */
export function pageHtmlFile(dir: string, digest: string): string | null {
  const file = fileOf(dir, digest);
  return existsSync(file) ? file : null;
}

/** A page's HTML from the file its entry records, or null when it is gone. */
export function readPageHtml(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Removes every page file whose digest is not in `keep`, so edits do not pile up files. */
export function prunePageHtml(dir: string, keep: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const stale = name.endsWith('.html') ? !keep.has(name.slice(0, -5)) : name.endsWith('.tmp') && killedWrite(join(dir, name));
    if (stale) rmSync(join(dir, name), { force: true });
  }
}

/** A write aside is another process's work in progress (a dev server beside a build) unless it is an hour old. */
function killedWrite(path: string): boolean {
  const written = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
  return written !== undefined && Date.now() - written > TMP_STALE_MS;
}
