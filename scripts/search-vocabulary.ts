import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VOCABULARY_FILE, vocabularyJson } from '../src/lib/search/vocabulary.ts';


/**
 * Writes the did-you-mean vocabulary of a built site, from the text its pages give Pagefind, into
 * the search bundle (`pagefind/`, after Pagefind wrote it), where the search box looks for it.
 */
export function writeSearchVocabulary(siteDir: string): { words: number; bytes: number } {
  const pages = readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
  const json = vocabularyJson(pages);
  writeFileSync(join(siteDir, 'pagefind', VOCABULARY_FILE), json);
  return { words: (JSON.parse(json) as { words: string[] }).words.length, bytes: Buffer.byteLength(json) };
}
