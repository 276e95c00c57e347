/**
 * The words search knows, for did-you-mean: every word of the indexed text (what Pagefind indexes:
 * the `data-pagefind-body` element without `data-pagefind-ignore` parts), each in the spelling the
 * site uses most, most frequent first.
 */
import { Parser } from 'htmlparser2';
import { normalizeWord } from '../browser/section-rank.ts';

/** Elements whose text is never indexed. */
const SKIPPED = new Set(['script', 'style', 'template', 'svg']);
/** A word worth suggesting: starts with a letter, at least three characters, no long digit runs. */
const WORD = /^\p{L}[\p{L}\p{N}._-]{2,}$/u;
/** Enough for a large site; the rarest words go first when there are more. */
export const MAX_WORDS = 20000;
/** The file's name in the search bundle (`<base>pagefind/`). */
export const VOCABULARY_FILE = 'search-vocabulary.json';

/** The indexed text of one built page, or '' when the page is not indexed. */
export function indexedText(html: string): string {
  const chunks: string[] = [];
  // Depth stack: for every open element, whether its text counts.
  const stack: boolean[] = [];
  let inBody = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parentCounts = stack.length ? stack[stack.length - 1]! : false;
        const startsBody = 'data-pagefind-body' in attrs;
        if (startsBody) inBody = true;
        const counts = (parentCounts || startsBody) && !('data-pagefind-ignore' in attrs) && !SKIPPED.has(name);
        stack.push(counts);
        chunks.push(' ');
      },
      ontext(text) {
        if (inBody && stack[stack.length - 1]) chunks.push(text);
      },
      onclosetag() {
        stack.pop();
        chunks.push(' ');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return chunks.join('');
}

/** The words one whitespace-separated token adds: itself, and its parts when it has any. */
function wordsOf(raw: string): string[] {
  const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const words = [word];
  // Pagefind also indexes the parts of `docker-compose.yml`, so `compose` is a known word.
  const parts = word.split(/[-._/:=]+/);
  if (parts.length > 1) words.push(...parts);
  return words.filter((w) => WORD.test(w));
}

/** Builds the vocabulary from the indexed text of every page. */
export function buildVocabulary(texts: Iterable<string>): string[] {
  const counts = new Map<string, { total: number; forms: Map<string, number> }>();
  // A site repeats its words: each distinct token is trimmed, split and normalised once.
  const known = new Map<string, { word: string; key: string }[]>();
  for (const text of texts) {
    for (const raw of text.split(/\s+/)) {
      let words = known.get(raw);
      if (!words) known.set(raw, (words = wordsOf(raw).map((word) => ({ word, key: normalizeWord(word) }))));
      for (const { word, key } of words) {
        let entry = counts.get(key);
        if (!entry) counts.set(key, (entry = { total: 0, forms: new Map() }));
        entry.total++;
        entry.forms.set(word, (entry.forms.get(word) ?? 0) + 1);
      }
    }
  }
  // The order `localeCompare` gives, with one collator instead of one per comparison.
  const compare = new Intl.Collator().compare;
  const mostUsedForm = (forms: Map<string, number>) => [...forms].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]![0];
  return [...counts.entries()]
    .sort((a, b) => b[1].total - a[1].total || compare(a[0], b[0]))
    .slice(0, MAX_WORDS)
    .map(([, e]) => mostUsedForm(e.forms));
}

/** The vocabulary file's content for a site's built pages (any HTML; pages not indexed add nothing). */
export function vocabularyJson(pages: Iterable<string>): string {
  return vocabularyJsonOfTexts([...pages].map(indexedText));
}

/** The vocabulary file's content from each page's indexed text (`indexedText`). */
export function vocabularyJsonOfTexts(texts: Iterable<string>): string {
  return JSON.stringify({ words: buildVocabulary(texts) });
}
