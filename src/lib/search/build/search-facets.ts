/** What search knows about a page besides its text: title and part as metadata, section and part as filters. */

import type { PageData } from '../../site/page-data.ts';

export interface SearchFacets {
  title: string;
  /** Title of the page's top-level section (`Get started`); absent for the root page. */
  section?: string;
  /** Part number within a series. */
  part?: number;
}

/**
 * Facets of one page, from its page data: the section is the first breadcrumb below the root
 * (a generated section page stands in for a folder without an index), so no page looks at others.
 */
export function searchFacets(page: Pick<PageData, 'title' | 'breadcrumbs' | 'series'>): SearchFacets {
  const facets: SearchFacets = { title: page.title };
  const section = page.breadcrumbs[1];
  if (section) facets.section = section.title;
  const part = page.series?.position?.part;
  if (part !== undefined) facets.part = part;
  return facets;
}

/**
 * Attributes for the `<article>`: it is the only indexed element, with the title as metadata and
 * the section as a filter. Pagefind 1.6 reads one `key:value` per attribute (commas do not
 * separate pairs), so the part goes on its own element (see partSearchAttributes).
 */
export function articleSearchAttributes(facets: SearchFacets | undefined): Record<string, string> {
  if (!facets) return {};
  const attrs: Record<string, string> = {
    'data-pagefind-body': '',
    'data-pagefind-meta': `title:${facets.title}`,
  };
  if (facets.section) attrs['data-pagefind-filter'] = `section:${facets.section}`;
  return attrs;
}

/** Attributes for an empty hidden element inside the article carrying the series part, or null. */
export function partSearchAttributes(facets: SearchFacets | undefined): Record<string, string> | null {
  if (facets?.part === undefined) return null;
  return { 'data-pagefind-meta': `part:${facets.part}`, 'data-pagefind-filter': `part:${facets.part}` };
}

/**
 * Attributes for an empty hidden element inside the article carrying, as metadata, the commands
 * this page is the first to run and the sections that run them (`teaching-sections.ts`); null
 * when it teaches none. The search box reads it to lead to where a command is taught.
 */
export function teachingSearchAttributes(teaching: string | null | undefined): Record<string, string> | null {
  return teaching ? { 'data-pagefind-meta': `teaches:${teaching}` } : null;
}
