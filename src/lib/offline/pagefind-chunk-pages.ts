/**
 * The page numbers an index chunk of Pagefind 1.6 names, read straight from its CBOR bytes.
 * A chunk is `[[word, [pageDelta, locations, ...][], ...][], ...]`: decoding it whole builds an
 * array for every hit and every location, which at 5,000 pages costs more than the rest of the
 * offline plan; this walks the bytes once and keeps only the page numbers.
 */

/** Reads CBOR items from `bytes`, from `at` on. */
class CborReader {
  readonly #bytes: Uint8Array;
  at = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  #byte(): number {
    const b = this.#bytes[this.at++];
    if (b === undefined) throw new Error('the chunk ends inside an item');
    return b;
  }

  /** An item's major type and argument; the argument is -1 for an indefinite length. */
  head(): { major: number; arg: number } {
    const first = this.#byte();
    const major = first >> 5;
    const info = first & 31;
    if (info < 24) return { major, arg: info };
    if (info === 31) return { major, arg: -1 };
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new Error(`unknown additional information ${info}`);
    let arg = 0;
    for (let i = 0; i < size; i++) arg = arg * 256 + this.#byte();
    return { major, arg };
  }

  /** Whether the next byte ends an indefinite-length item (and steps over it if so). */
  atBreak(): boolean {
    if (this.#bytes[this.at] !== 0xff) return false;
    this.at++;
    return true;
  }

  /** Steps over one whole item. */
  skip(): void {
    const { major, arg } = this.head();
    if (major === 0 || major === 1) return;
    if (major === 7) {
      // Simple values carry no bytes beyond the argument; floats did, in the argument.
      return;
    }
    if (major === 6) return this.skip();
    if (major === 2 || major === 3) {
      if (arg >= 0) this.at += arg;
      else while (!this.atBreak()) this.skip();
      return;
    }
    const per = major === 5 ? 2 : 1;
    if (arg >= 0) for (let i = 0; i < arg * per; i++) this.skip();
    else while (!this.atBreak()) this.skip();
  }

  /** Reads an array's head and returns its length (-1 when indefinite). */
  array(what: string): number {
    const { major, arg } = this.head();
    if (major !== 4) throw new Error(`${what} is not an array`);
    return arg;
  }

  /** Calls `each` once per element of the array that starts here, which reads or skips it. */
  eachOf(what: string, each: (i: number) => void): void {
    const length = this.array(what);
    for (let i = 0; length < 0 ? !this.atBreak() : i < length; i++) each(i);
  }
}

/**
 * Calls `page` with the number (index into the meta file's page list) of every hit of every
 * word in an index chunk's payload (gunzipped, signature removed), in the order stored; a page
 * comes once per word it holds.
 */
export function eachChunkPage(payload: Uint8Array, page: (n: number) => void): void {
  const r = new CborReader(payload);
  r.eachOf('the chunk', (top) => {
    if (top !== 0) return r.skip();
    r.eachOf('the word list', () => {
      r.eachOf('a word', (field) => {
        if (field !== 1) return r.skip();
        // Each word's page numbers are stored as differences from the previous one.
        let number = 0;
        r.eachOf("a word's pages", () => {
          r.eachOf('a page hit', (part) => {
            if (part !== 0) return r.skip();
            const { major, arg } = r.head();
            if (major !== 0 || arg < 0) throw new Error('a page number is not a whole number');
            number += arg;
            page(number);
          });
        });
      });
    });
  });
}
