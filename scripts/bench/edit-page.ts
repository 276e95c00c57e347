import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PagePlan } from './generate-content.ts';

/**
 * The page the warm rebuild edits: a leaf page (no index, no series part, not at the top) in the
 * middle of the site, the same for every tool.
 */
export function pageToEdit(plans: readonly PagePlan[]): PagePlan {
  const leaves = plans.filter((p) => p.relPath.includes('/') && !p.relPath.endsWith('/index.mdx') && p.part === undefined);
  const page = leaves[Math.floor(leaves.length / 2)];
  if (!page) throw new Error('The generated content has no leaf page to edit.');
  return page;
}

/**
 * Edits one sentence of a page's prose (not its title: no other page shows the change) and
 * returns a function that puts the file back as it was.
 */
export function editPage(content: string, page: PagePlan, run: number): () => void {
  const file = join(content, page.relPath);
  const before = readFileSync(file, 'utf8');
  const end = before.indexOf('\n---\n', 4) + 5;
  writeFileSync(file, `${before.slice(0, end)}\nThis sentence was added by edit ${run} of the bench.\n${before.slice(end)}`);
  return () => writeFileSync(file, before);
}
