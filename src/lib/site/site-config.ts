import { normalizeBase } from './base-path.ts';

/** Build settings that come from the environment, read in one place. */
export interface SiteConfig {
  /** Absolute site origin used for canonical URLs and the sitemap. */
  site: string;
  /** Base path the site is served under, always with leading and trailing `/`. */
  base: string;
  /** Folder holding the MDX pages. */
  contentDir: string;
  /** Folder Astro writes into (the build script stages here, then swaps into `dist/`). */
  outDir: string;
}

/** Reads `SITE`, `BASE`, `CONTENT_DIR` and `OUT_DIR`, with defaults for a local build. */
export function siteConfigFromEnv(env: Record<string, string | undefined>): SiteConfig {
  return {
    site: env.SITE || 'http://localhost:4321',
    base: normalizeBase(env.BASE),
    contentDir: env.CONTENT_DIR || 'content',
    outDir: env.OUT_DIR || 'dist',
  };
}
