import { sharedCollections } from './astro/loaders/shared-collections.ts';

// Made in astro.config.mjs (see shared-collections.ts): the `docs` collection, every page of the site.
export const collections = sharedCollections();
