import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VOCABULARY_FILE, vocabularyJsonOfTexts } from '../lib/search/build/vocabulary.ts';

/** The file's path in a built site: in the search bundle, where the search box looks for it. */
const VOCABULARY_PATH = `pagefind/${VOCABULARY_FILE}`;

/**
 * The did-you-mean vocabulary of a built site, from the text its pages give Pagefind (as the
 * site scan read it). Made while Pagefind indexes; written once its bundle is (`pagefind/`).
 */
export function searchVocabulary(pageTexts: Iterable<string>): Buffer {
  return Buffer.from(vocabularyJsonOfTexts(pageTexts));
}

/** Writes the vocabulary into the built site's search bundle; returns its path in the site. */
export function writeSearchVocabulary(siteDir: string, data: Buffer): string {
  writeFileSync(join(siteDir, VOCABULARY_PATH), data);
  return VOCABULARY_PATH;
}
