/*
 * In `astro dev`, the newest render of each page, ahead of the data store. The content loader
 * sets an edited page's entry at once, but Astro writes the store to disk after a 500 ms pause
 * and only then do requests see it (and the whole route table is worked out again). The page
 * reads its HTML file from here first, so an edit shows on the next request; the entry's other
 * fields (headings, frontmatter) follow with the store, with a second reload. The loader and the
 * page run in different copies of the modules, so the map lives on `globalThis`.
 */
const KEY = Symbol.for('docker-get-started.dev-newest-html');

interface Newest {
  files: Map<string, string>;
  listeners: Set<(id: string) => void>;
}

function newest(): Newest {
  const holder = globalThis as { [KEY]?: Newest };
  return (holder[KEY] ??= { files: new Map(), listeners: new Set() });
}

/** Records the file of a page's newest render and tells the listeners (the dev server's reload). */
export function setNewestHtml(id: string, file: string): void {
  const { files, listeners } = newest();
  files.set(id, file);
  for (const listener of listeners) listener(id);
}

/** Forgets a page (deleted), or every page (`null`: the loader starts over). */
export function forgetNewestHtml(id: string | null): void {
  if (id === null) newest().files.clear();
  else newest().files.delete(id);
}

/** The file of a page's newest render in this dev server, or undefined when the store's is newest. */
export function newestHtmlFile(id: string): string | undefined {
  return newest().files.get(id);
}

/** Calls `listener` after each newer render; returns its removal. */
export function onNewestHtml(listener: (id: string) => void): () => void {
  const { listeners } = newest();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
