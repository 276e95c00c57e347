import type { CollectionEntry } from 'astro:content';
import { readPageHtml } from './page-html-files.ts';
import { newestHtmlFile } from './dev-newest-html.ts';

/**
 * A page's entry with its HTML put back from the file the content loader kept it in, or in
 * `astro dev` from the page's newer render that the store does not show yet.
 */
export function withPageHtml(entry: CollectionEntry<'docs'>): CollectionEntry<'docs'> {
  const file = newestHtmlFile(entry.id) ?? entry.rendered?.metadata?.htmlFile;
  if (typeof file !== 'string' || !entry.rendered) return entry;
  const html = readPageHtml(file);
  if (html === null) throw new Error(`${entry.filePath ?? entry.id}: its rendered HTML (${file}) is gone; build again (or save the file again or restart npm run dev).`);
  return { ...entry, rendered: { ...entry.rendered, html } };
}
