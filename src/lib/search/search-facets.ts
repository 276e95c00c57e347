/** What search knows about a page besides its text: title and part as metadata, section and part as filters. */

import { folderOfId } from '../page-urls.ts';

export interface SearchFacets {
  title: string;
  /** Title of the top-level folder's index page (`Get started`); absent for pages at the root. */
  section?: string;
  /** Part number within a series. */
  part?: number;
}

/** The minimum the facet computation needs from a content entry. */
export interface FacetEntry {
  id: string;
  title: string;
  part?: number;
}

/** Facets of one entry, given every entry of the site (to name its section). */
export function searchFacets(entry: FacetEntry, all: readonly FacetEntry[]): SearchFacets {
  const top = (entry.id.endsWith('/index') ? entry.id : folderOfId(entry.id)).split('/')[0] ?? '';
  const facets: SearchFacets = { title: entry.title };
  if (top !== '' && top !== 'index') {
    const sectionIndex = all.find((e) => e.id === `${top}/index`);
    facets.section = sectionIndex?.title ?? top;
  }
  if (entry.part !== undefined) facets.part = entry.part;
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
