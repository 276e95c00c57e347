import type { CollectionEntry } from 'astro:content';
import { readPageHtml } from './page-html-files.ts';

/** A page's entry with its HTML put back from the file the content loader kept it in. */
export function withPageHtml(entry: CollectionEntry<'docs'>): CollectionEntry<'docs'> {
  const file = entry.rendered?.metadata?.htmlFile;
  if (typeof file !== 'string' || !entry.rendered) return entry;
  const html = readPageHtml(file);
  if (html === null) throw new Error(`${entry.filePath ?? entry.id}: its rendered HTML (${file}) is gone; build again (or save the file again or restart npm run dev).`);
  return { ...entry, rendered: { ...entry.rendered, html } };
}
