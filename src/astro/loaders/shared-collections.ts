import type { DocsCollections } from './docs-collection.ts';

// Astro loads `src/content.config.ts` through Vite, and with `astro:content` that pulled about 80
// of Astro's runtime modules through Vite's transform at every start: about a second of each
// build. The collections are made in astro.config.mjs, which Node loads itself, and handed over
// here; the key is in the process-wide symbol registry because each side has its own copy of
// this module.
const KEY = Symbol.for('docker-get-started.collections');

type Holder = { [KEY]?: DocsCollections };

/** Called by astro.config.mjs with the collections it made. */
export function shareCollections(collections: DocsCollections): void {
  (globalThis as Holder)[KEY] = collections;
}

/** The collections astro.config.mjs made; `src/content.config.ts` exports them. */
export function sharedCollections(): DocsCollections {
  const collections = (globalThis as Holder)[KEY];
  if (!collections) throw new Error('The content collections are made by astro.config.mjs: start Astro with that config.');
  return collections;
}
