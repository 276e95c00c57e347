import { resolve, relative } from 'node:path';
import { loadContentSet } from '../src/lib/content-set.ts';
import { checkContent } from '../src/lib/check-content.ts';
import { contentRules } from '../src/lib/rules/index.ts';
import type { ContentFile } from '../src/lib/content-file.ts';
import type { Diagnostic } from '../src/lib/diagnostics.ts';

/** Loads and checks a content folder; diagnostics name files relative to the working directory. */
export function runContentCheck(contentDir: string): { files: ContentFile[]; diagnostics: Diagnostic[] } {
  const abs = resolve(contentDir);
  const display = relative(process.cwd(), abs).split('\\').join('/') || '.';
  const files = loadContentSet(abs, display);
  return { files, diagnostics: checkContent(files, contentRules) };
}
