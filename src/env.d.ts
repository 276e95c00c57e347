/// <reference types="astro/client" />

// tsc does not read .astro files (Astro's own checker does); type their default export for .ts importers.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

/** Digest of the site's source code, defined by astro.config.mjs (part of each page's cache key). */
declare const __SOURCE_DIGEST__: string;
