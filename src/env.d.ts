/// <reference types="astro/client" />

// tsc does not read .astro files (Astro's own checker does); type their default export for .ts importers.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
