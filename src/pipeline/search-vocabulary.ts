import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VOCABULARY_FILE, vocabularyJsonOfTexts } from '../lib/search/build/vocabulary.ts';

/**
 * Writes the did-you-mean vocabulary of a built site, from the text its pages give Pagefind (as
 * the site scan read it), into the search bundle (`pagefind/`, after Pagefind wrote it), where
 * the search box looks for it. Returns the file's path in the site and its bytes.
 */
export function writeSearchVocabulary(siteDir: string, pageTexts: Iterable<string>): { path: string; data: Buffer } {
  const path = `pagefind/${VOCABULARY_FILE}`;
  const data = Buffer.from(vocabularyJsonOfTexts(pageTexts));
  writeFileSync(join(siteDir, path), data);
  return { path, data };
}
