import type { MdastNode } from 'satteri';
import { textOf, walk } from '../../content/content-file.ts';
import { articleSearchAttributes, partSearchAttributes, teachingSearchAttributes, type SearchFacets } from './search-facets.ts';
import { escapeAttribute, escapeText } from '../../html/html-jsx.ts';
import type { PartGlance } from '../../series/part-glance.ts';
import { parseFenceMeta } from '../../code/code-meta.ts';
import { asideLabel } from '../../components/aside-html.ts';

/** The JSX attribute `name` of a content component, as the tree holds it. */
function jsxAttribute(node: MdastNode, name: string): string | undefined {
  const attributes = (node as { attributes?: { name?: string; value?: unknown }[] }).attributes ?? [];
  const value = attributes.find((a) => a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** The label a component shows above its content: a tab's label, an aside's title or kind. */
function componentLabel(node: MdastNode): string | undefined {
  if (node.type !== 'mdxJsxFlowElement') return undefined;
  const name = (node as { name?: string }).name;
  if (name === 'Tab') return jsxAttribute(node, 'label');
  if (name === 'Aside') return asideLabel({ type: jsxAttribute(node, 'type'), title: jsxAttribute(node, 'title') });
  return undefined;
}

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
    } else if (node.type === 'mdxJsxFlowElement') {
      const label = componentLabel(node);
      if (label !== undefined) parts.push(`<p>${escapeText(label)}</p>`);
    } else if (TEXT_BLOCKS.has(node.type)) {
      // A code block's file name shows (and is indexed) in its frame, above the code.
      const title = node.type === 'code' ? parseFenceMeta((node as { meta?: string | null }).meta).title : undefined;
      if (title) parts.push(`<p>${escapeText(title)}</p>`);
      const text = textOf(node);
      if (text.trim()) parts.push(node.type === 'code' ? `<pre>${escapeText(text)}</pre>` : `<p>${escapeText(text)}</p>`);
    }
  });
  return parts.join('');
}

/** What the built page's searchable article shows besides its body (`src/layouts/DocLayout.astro`). */
export interface SearchArticle {
  search: SearchFacets;
  description?: string | undefined;
  glance?: PartGlance | null | undefined;
}

/** A part's "At a glance" as the page shows it, for the index. */
function glanceHtml(glance: PartGlance): string {
  const list = (heading: string, items: PartGlance['prerequisites']) =>
    items.length === 0 ? '' : `<h2>${escapeText(heading)}</h2><ul>${items.map((runs) => `<li>${escapeText(runs.map((r) => r.text).join(''))}</li>`).join('')}</ul>`;
  return `<section><p>At a glance ${escapeText(glance.time)}</p>${list('Prerequisites', glance.prerequisites)}${list('You will have', glance.outcomes)}</section>`;
}

/**
 * The page Pagefind indexes in `astro dev`: the fields the built page's article gives search
 * (title, description, At a glance, body) inside the same searchable article attributes.
 */
export function devSearchPage(body: string, page: SearchArticle, teaching: string | null = null): string {
  const facets = page.search;
  const attrs = (a: Record<string, string>) =>
    Object.entries(a)
      .map(([k, v]) => (v === '' ? k : `${k}="${escapeAttribute(v)}"`))
      .join(' ');
  const part = partSearchAttributes(facets);
  const teaches = teachingSearchAttributes(teaching);
  const head =
    `${part ? `<span hidden ${attrs(part)}></span>` : ''}${teaches ? `<span hidden ${attrs(teaches)}></span>` : ''}<h1>${escapeText(facets.title)}</h1>` +
    `${page.description ? `<p>${escapeText(page.description)}</p>` : ''}${page.glance ? glanceHtml(page.glance) : ''}`;
  return `<!doctype html><html lang="en"><head><title>${escapeText(facets.title)}</title></head><body><article ${attrs(articleSearchAttributes(facets))}>${head}${body}</article></body></html>`;
}

/** `devSearchPage` of a parsed page. */
export function devSearchHtml(tree: MdastNode, headingIds: readonly string[], page: SearchArticle): string {
  return devSearchPage(devSearchBody(tree, headingIds), page);
}
