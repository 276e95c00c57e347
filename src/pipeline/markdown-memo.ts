import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MarkdownMemo } from '../lib/markdown/site-markdown.ts';

/** Reads the Markdown copies an earlier build kept; a missing, damaged or other code's memo is empty. */
export function readMarkdownMemo(file: string, code: string): MarkdownMemo {
  const empty: MarkdownMemo = { code, copies: new Map() };
  if (!existsSync(file)) return empty;
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { code?: unknown; copies?: unknown };
    if (json.code !== code || !Array.isArray(json.copies)) return empty;
    return { code, copies: new Map(json.copies as [string, string][]) };
  } catch {
    return empty;
  }
}

/** Keeps this build's copies for the next build. */
export function writeMarkdownMemo(file: string, memo: MarkdownMemo): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ code: memo.code, copies: [...memo.copies] }));
}
