/**
 * Did-you-mean from a vocabulary computed at build time (vocabulary.ts). Pagefind never answers
 * "nothing": a word it does not know is shortened until something matches (`dockerfle` finds
 * "docker"), so a query is checked word by word against the words the site really uses.
 */
import { closest } from '../../diagnostics/edit-distance.ts';
import { normalizeWord } from './section-rank.ts';

/** The vocabulary file: words as the site writes them, most frequent first. */
export interface Vocabulary {
  words: string[];
}

export interface QueryCheck {
  /** Query words no page contains (not even as the start of a longer word). */
  unknown: string[];
  /** The query with each unknown word replaced by the closest known one, when there is one. */
  suggestion?: string;
}

/** Words shorter than this are too short to judge or correct with any confidence. */
const MIN_LENGTH = 3;

/**
 * A rough English stem: enough to see that `deploying` is a form of `deploy`, which Pagefind's
 * stemmer matches, so the word is not reported as unknown.
 */
export function roughStem(word: string): string {
  const stem = word.replace(/(?:ments?|ing|ed|es|s|ly)$/, '');
  return stem.length >= 3 ? stem : word;
}

/** A vocabulary prepared for lookups: lower-case keys to the spelling the site uses. */
export class VocabularyIndex {
  readonly #byKey = new Map<string, string>();
  readonly #keys: string[];
  readonly #stems: string[];
  constructor(vocabulary: Vocabulary) {
    for (const w of vocabulary.words) if (!this.#byKey.has(w.toLowerCase())) this.#byKey.set(w.toLowerCase(), w);
    this.#keys = [...this.#byKey.keys()];
    this.#stems = this.#keys.map(roughStem);
  }
  get size(): number {
    return this.#keys.length;
  }
  /**
   * True when the site uses the word, a word starting with it (the reader may still be typing),
   * or another form of it.
   */
  knows(key: string): boolean {
    if (this.#byKey.has(key) || this.#keys.some((k) => k.startsWith(key))) return true;
    const stem = roughStem(key);
    return this.#stems.some((s) => s === stem);
  }
  /** The closest known word in the site's spelling, if one is close enough to be a typo. */
  nearest(key: string): string | undefined {
    const near = closest(key, this.#keys);
    return near === undefined ? undefined : this.#byKey.get(near);
  }
}

/** Worth checking: long enough, and not a number (numbers are not in the vocabulary). */
function checkable(key: string): boolean {
  return key.length >= MIN_LENGTH && !/^\p{N}/u.test(key);
}

/** Which words of the query the site does not use, and a corrected query if one can be made. */
export function checkQuery(query: string, vocabulary: VocabularyIndex): QueryCheck {
  if (vocabulary.size === 0) return { unknown: [] };
  const unknown: string[] = [];
  let corrected = false;
  const pieces = query.trim().split(/(\s+)/).map((piece) => {
    const key = normalizeWord(piece);
    if (!checkable(key) || vocabulary.knows(key)) return piece;
    unknown.push(key);
    const near = vocabulary.nearest(key);
    if (!near) return piece;
    corrected = true;
    // Keep quotes and punctuation around the word, replace the word itself.
    const start = piece.toLowerCase().indexOf(key);
    return piece.slice(0, start) + near + piece.slice(start + key.length);
  });
  return corrected ? { unknown, suggestion: pieces.join('') } : { unknown };
}
