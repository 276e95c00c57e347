import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildVocabulary, indexedText } from '../src/lib/search/vocabulary.ts';

/** Where the search box finds the vocabulary, relative to the site root. */
export const VOCABULARY_FILE = 'search-vocabulary.json';

/** Writes the did-you-mean vocabulary of a built site from the text its pages give Pagefind. */
export function writeSearchVocabulary(siteDir: string): { words: number; bytes: number } {
  const texts = readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => indexedText(readFileSync(join(e.parentPath, e.name), 'utf8')));
  const json = JSON.stringify({ words: buildVocabulary(texts) });
  writeFileSync(join(siteDir, VOCABULARY_FILE), json);
  return { words: JSON.parse(json).words.length, bytes: Buffer.byteLength(json) };
}
