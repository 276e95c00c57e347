import type { CollectionEntry } from 'astro:content';
import { readDevPageHtml } from './dev-page-html.ts';

/** A dev page's entry with its HTML put back from the file the content loader kept it in. */
export function devPageEntry(entry: CollectionEntry<'docs'>): CollectionEntry<'docs'> {
  const file = entry.rendered?.metadata?.devHtmlFile;
  if (typeof file !== 'string' || !entry.rendered) return entry;
  const html = readDevPageHtml(file);
  if (html === null) throw new Error(`${entry.filePath ?? entry.id}: its rendered HTML (${file}) is gone; save the file again or restart npm run dev.`);
  return { ...entry, rendered: { ...entry.rendered, html } };
}
