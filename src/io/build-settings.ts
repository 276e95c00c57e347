/**
 * The one reader of the build's environment: `SITE`, `BASE`, `CONTENT_DIR`, `OUT_DIR`,
 * `CACHE_DIR`, `REPO_URL`, `REPO_BRANCH`. Everything under `src/lib/` gets these values as arguments.
 */
import { join } from 'node:path';
import { siteConfigFromEnv, type SiteConfig } from '../lib/site/site-config.ts';
import { repoConfigFromEnv, type RepoConfig } from '../lib/site/repo-config.ts';

export interface BuildSettings extends SiteConfig {
  repo: RepoConfig;
  /** Where builds keep what the next build reuses: Astro's cache, and the site scan's. */
  cacheDir: string;
  /**
   * Astro's project root, where it keeps its own state (`.astro/`): the project itself, or a
   * folder in `CACHE_DIR` when one is given, so builds and dev servers with caches of their own
   * share no state and can run at the same time.
   */
  astroRoot: string;
}

/** The settings of this build, from `env` (the process environment unless given). */
export function buildSettings(env: Record<string, string | undefined> = process.env): BuildSettings {
  return {
    ...siteConfigFromEnv(env),
    repo: repoConfigFromEnv(env),
    cacheDir: env.CACHE_DIR || 'node_modules/.astro',
    astroRoot: env.CACHE_DIR ? join(env.CACHE_DIR, 'astro-root') : '.',
  };
}
