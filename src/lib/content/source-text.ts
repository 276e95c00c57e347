/** A content file's bytes as text, and what about them the MDX parser must not be given. */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';

/** Where the first byte that is not UTF-8 stands: offset, value, and line and column in the text. */
export interface InvalidByte {
  offset: number;
  byte: number;
  line: number;
  column: number;
}

/** Decodes UTF-8 (a byte-order mark is kept, for the parser to drop); bad bytes become U+FFFD and the first is located. */
export function decodeSource(bytes: Uint8Array): { text: string; invalid: InvalidByte | null } {
  const decode = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
  const text = decode(bytes);
  const offset = firstInvalidUtf8(bytes);
  if (offset === -1) return { text, invalid: null };
  const lines = decode(bytes.subarray(0, offset)).replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  return { text, invalid: { offset, byte: bytes[offset]!, line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 } };
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    // Not UTF-8: walk the sequences to the first one that does not decode (only for a bad file).
  }
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need === -1) return i;
    if (need > 0) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + need + 1));
      } catch {
        return i;
      }
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Limits on what the MDX parser is given. Its time grows with the square of a line's length when
 * the line holds many inline tags or code spans (a 180,000-character line takes half a minute),
 * and with the square of the number of tags left open; past these limits the file is reported
 * instead of parsed. Real pages stay far below both.
 */
export const MAX_LINE = 10_000;
export const MAX_OPEN_TAGS = 100;

/** Where a file passes a parser limit, outside fenced code blocks and code spans. */
export function parserLimit(source: string): Diagnostic | null {
  let fence: string | null = null;
  let open = 0;
  let line = 0;
  for (const text of source.split(/\r\n|\n|\r/)) {
    line++;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence === null && marker) {
      fence = marker;
      continue;
    }
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) fence = null;
      continue;
    }
    if (text.length > MAX_LINE) {
      return limit(line, MAX_LINE + 1, `Line is ${text.length.toLocaleString('en')} characters long; outside code blocks a line may hold ${MAX_LINE.toLocaleString('en')}`, 'Break it into shorter lines or paragraphs, or put long data in a fenced code block.');
    }
    // Tags only: an autolink (`<https://…>`, `<a@b.c>`) has no space, `/` or `>` after its name.
    for (const tag of text.replace(/`+[^`]*`+/g, (span) => ' '.repeat(span.length)).matchAll(/<(\/?)[A-Za-z][\w.-]*(?=[\s/>])[^<>]*?(\/?)>/g)) {
      open += tag[1] ? -1 : tag[2] ? 0 : 1;
      if (open > MAX_OPEN_TAGS) {
        return limit(line, (tag.index ?? 0) + 1, `More than ${MAX_OPEN_TAGS} tags are open at once here`, 'Close each tag (`</Aside>`) before opening the next one.');
      }
    }
  }
  return null;
}

function limit(line: number, column: number, message: string, hint: string): Diagnostic {
  return { file: '', line, column, message, hint: `${hint} The rest of the page is checked once this is fixed.`, rule: 'parser-limits' };
}

