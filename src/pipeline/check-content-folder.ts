import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { listContentEntries, loadContentSet } from '../lib/content/content-set.ts';
import { checkContent } from '../lib/rules/content-rule.ts';
import { contentRules } from '../lib/rules/index.ts';
import { contentFilesRule } from '../lib/rules/content-files.ts';
import { guardRule } from '../lib/rules/guard.ts';
import type { FileExists } from '../lib/rules/links.ts';
import type { ContentFile } from '../lib/content/content-file.ts';
import type { Diagnostic } from '../lib/diagnostics/diagnostics.ts';

/** The repository: symbolic links in content may point anywhere inside it, and nowhere else. */
const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Files under `public/` are served at the site's root, beside the pages. */
const PUBLIC_DIR = join(REPO_ROOT, 'public');

/** Looks files up on disk for the links rule: beside the content files, or in public/. */
export function diskFileExists(contentDir: string): FileExists {
  const content = resolve(contentDir);
  return (folder, path) => existsSync(join(folder === 'content' ? content : PUBLIC_DIR, path));
}

/** Loads and checks a content folder; diagnostics name files relative to the working directory. */
export function runContentCheck(contentDir: string): { files: ContentFile[]; diagnostics: Diagnostic[] } {
  const abs = resolve(contentDir);
  const display = relative(process.cwd(), abs).split('\\').join('/') || '.';
  // One listing of the folder: the pages to parse, and every other entry to account for.
  const entries = listContentEntries(abs, REPO_ROOT);
  const files = loadContentSet(abs, display, entries);
  const rules = [...contentRules(diskFileExists(abs)), guardRule('content-files', contentFilesRule(entries, display))];
  return { files, diagnostics: checkContent(files, rules) };
}
