import type { MdastNode } from 'satteri';
import { textOf, walk } from '../../content/content-file.ts';
import { articleSearchAttributes, partSearchAttributes, teachingSearchAttributes, type SearchFacets } from './search-facets.ts';
import { escapeAttribute, escapeText } from '../../html/html-jsx.ts';

/** Block nodes whose text is indexed as one paragraph (their inline children are joined). */
const TEXT_BLOCKS = new Set(['paragraph', 'tableCell', 'code']);

/**
 * The searchable body of a page for the dev server's index, made from the content check's syntax
 * tree instead of a page rendered through the bundler: each heading with the id the renderer
 * gives it (so results link to sections), the prose and the code. `headingIds` are the ids in
 * document order. A string, so the index can keep it while the tree is let go.
 */
export function devSearchBody(tree: MdastNode, headingIds: readonly string[]): string {
  const parts: string[] = [];
  let heading = 0;
  walk(tree, (node) => {
    if (node.type === 'heading') {
      const depth = Math.min(Math.max((node as { depth?: number }).depth ?? 2, 2), 6);
      parts.push(`<h${depth} id="${escapeAttribute(headingIds[heading] ?? '')}">${escapeText(textOf(node))}</h${depth}>`);
      heading += 1;
    } else if (TEXT_BLOCKS.has(node.type)) {
      const text = textOf(node);
      if (text.trim()) parts.push(node.type === 'code' ? `<pre>${escapeText(text)}</pre>` : `<p>${escapeText(text)}</p>`);
    }
  });
  return parts.join('');
}

/** The page Pagefind indexes: its title and body inside the same searchable article attributes as the built page. */
export function devSearchPage(body: string, facets: SearchFacets, teaching: string | null = null): string {
  const attrs = (a: Record<string, string>) =>
    Object.entries(a)
      .map(([k, v]) => (v === '' ? k : `${k}="${escapeAttribute(v)}"`))
      .join(' ');
  const part = partSearchAttributes(facets);
  const teaches = teachingSearchAttributes(teaching);
  const head = `${part ? `<span hidden ${attrs(part)}></span>` : ''}${teaches ? `<span hidden ${attrs(teaches)}></span>` : ''}<h1>${escapeText(facets.title)}</h1>`;
  return `<!doctype html><html lang="en"><head><title>${escapeText(facets.title)}</title></head><body><article ${attrs(articleSearchAttributes(facets))}>${head}${body}</article></body></html>`;
}

/** `devSearchPage` of a parsed page. */
export function devSearchHtml(tree: MdastNode, headingIds: readonly string[], facets: SearchFacets): string {
  return devSearchPage(devSearchBody(tree, headingIds), facets);
}
