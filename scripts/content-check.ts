import { resolve, relative } from 'node:path';
import { listContentEntries, loadContentSet } from '../src/lib/content-set.ts';
import { checkContent } from '../src/lib/check-content.ts';
import { contentRules } from '../src/lib/rules/index.ts';
import { contentFilesRule } from '../src/lib/rules/content-files.ts';
import { guardRule } from '../src/lib/rules/guard.ts';
import type { ContentFile } from '../src/lib/content-file.ts';
import type { Diagnostic } from '../src/lib/diagnostics.ts';

/** Symbolic links in content may point anywhere inside this repository, and nowhere else. */
const REPO_ROOT = resolve(import.meta.dirname, '..');

/** Loads and checks a content folder; diagnostics name files relative to the working directory. */
export function runContentCheck(contentDir: string): { files: ContentFile[]; diagnostics: Diagnostic[] } {
  const abs = resolve(contentDir);
  const display = relative(process.cwd(), abs).split('\\').join('/') || '.';
  const entries = listContentEntries(abs, REPO_ROOT);
  const files = loadContentSet(abs, display, entries);
  const rules = [...contentRules, guardRule('content-files', contentFilesRule(entries, display))];
  return { files, diagnostics: checkContent(files, rules) };
}
