/**
 * The one reader of the build's environment: `SITE`, `BASE`, `CONTENT_DIR`, `OUT_DIR`,
 * `CACHE_DIR`, `REPO_URL`, `REPO_BRANCH`. Everything under `src/lib/` gets these values as arguments.
 */
import { siteConfigFromEnv, type SiteConfig } from '../lib/site/site-config.ts';
import { repoConfigFromEnv, type RepoConfig } from '../lib/site/repo-config.ts';

export interface BuildSettings extends SiteConfig {
  repo: RepoConfig;
  /** Where builds keep what the next build reuses: Astro's cache, and the site scan's. */
  cacheDir: string;
}

/** The settings of this build, from `env` (the process environment unless given). */
export function buildSettings(env: Record<string, string | undefined> = process.env): BuildSettings {
  return { ...siteConfigFromEnv(env), repo: repoConfigFromEnv(env), cacheDir: env.CACHE_DIR || 'node_modules/.astro' };
}
