import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadContentSet } from '../src/lib/content-set.ts';
import { checkContent } from '../src/lib/rules/content-rule.ts';
import { contentRules } from '../src/lib/rules/index.ts';
import type { FileExists } from '../src/lib/rules/links.ts';
import type { ContentFile } from '../src/lib/content-file.ts';
import type { Diagnostic } from '../src/lib/diagnostics.ts';

/** Files under `public/` are served at the site's root, beside the pages. */
const PUBLIC_DIR = resolve(import.meta.dirname, '../public');

/** Looks files up on disk for the links rule: beside the content files, or in public/. */
export function diskFileExists(contentDir: string): FileExists {
  const content = resolve(contentDir);
  return (folder, path) => existsSync(join(folder === 'content' ? content : PUBLIC_DIR, path));
}

/** Loads and checks a content folder; diagnostics name files relative to the working directory. */
export function runContentCheck(contentDir: string): { files: ContentFile[]; diagnostics: Diagnostic[] } {
  const abs = resolve(contentDir);
  const display = relative(process.cwd(), abs).split('\\').join('/') || '.';
  const files = loadContentSet(abs, display);
  return { files, diagnostics: checkContent(files, contentRules(diskFileExists(abs))) };
}
