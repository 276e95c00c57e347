import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules axe-core runs: WCAG 2.2 A and AA, and its best practices (landmarks, headings, regions). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core on the page with `AXE_TAGS`; returns one line per violating node. */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() runs through DevTools, so the page's own CSP does not block axe.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Only violations are read: axe then stops collecting every passing node (about half its time).
    return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, AXE_TAGS);
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${n.target.join(' ')}`));
}
