// @ts-check
import { resolve, sep } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { buildSettings } from './src/io/build-settings.ts';
import { siteRoutes } from './src/io/site-routes.ts';
import { markdownPlugins } from './src/render/index.ts';
import { devSearch } from './src/astro/integrations/dev-search.ts';
import { devMarkdown } from './src/astro/integrations/dev-markdown.ts';
import { devPageReload } from './src/astro/integrations/dev-page-reload.ts';
import { buildProgress } from './src/astro/integrations/build-progress.ts';
import { readSourceDigest } from './src/astro/integrations/source-digest.ts';
import { astroState } from './src/astro/integrations/astro-state.ts';
import { docsCollections } from './src/astro/loaders/docs-collection.ts';
import { shareCollections } from './src/astro/loaders/shared-collections.ts';

const config = buildSettings();
const sourceDigest = readSourceDigest(import.meta.dirname);
shareCollections(docsCollections(config, sourceDigest));
// Tests' and the bench's scratch folders: built sites, caches and generated content.
const scratch = ['test/.out', 'bench/.work'].map((dir) => resolve(import.meta.dirname, dir) + sep);
// Watched wherever it is: the content folder being served.
const kept = resolve(config.contentDir) + sep;
// Astro's state outside the project is never watched: Astro knows only `<project>/.astro/` as its
// own, so it read its writes there (the JSON schemas, the data store) as content edits, reloaded
// the content config for each, and at start could skip the content sync altogether. Astro
// invalidates the store's modules itself when it writes the store.
const movedState = resolve(config.astroRoot) === resolve(import.meta.dirname) ? null : resolve(config.astroRoot, '.astro') + sep;
/** @param {string} path */
function unwatched(path) {
  const full = resolve(path) + sep;
  if (movedState && full.startsWith(movedState)) return true;
  return scratch.some((dir) => full.startsWith(dir)) && !(full.startsWith(kept) || kept.startsWith(full));
}
// The sitemap lists what the route table marks for it, generated section pages included.
const sitemapUrls = siteRoutes(config).routes.filter((r) => r.sitemap).map((r) => r.absoluteUrl);
const sitemapSet = new Set(sitemapUrls);

export default defineConfig({
  // Astro keeps state in the `.astro/` of the root it starts with: a build or dev server given a
  // CACHE_DIR keeps it there, so several run at once; `astroState` then makes the project the root.
  root: resolve(config.astroRoot),
  srcDir: resolve(import.meta.dirname, 'src'),
  publicDir: resolve(import.meta.dirname, 'public'),
  site: config.site,
  base: config.base,
  outDir: resolve(config.outDir),
  // A separate cache per content folder keeps fixture builds from reusing each other's entries.
  cacheDir: resolve(config.cacheDir),
  trailingSlash: 'always',
  // Eight pages at a time: an incremental build copies most pages from Astro's cache, and those
  // copies wait on the disk, not the processor.
  build: { format: 'directory', concurrency: 8 },
  integrations: [
    // First: the other integrations see the project as the root.
    astroState(import.meta.dirname),
    mdx(),
    sitemap({
      customPages: sitemapUrls,
      filter: (page) => sitemapSet.has(page),
      namespaces: { news: false, xhtml: false, image: false, video: false },
    }),
    devSearch(config),
    devMarkdown(config),
    devPageReload(),
    buildProgress(config.contentDir),
  ],
  markdown: {
    processor: satteri(markdownPlugins(config)),
    // Code blocks are highlighted by the site's own plugin (src/render/hast-code-blocks.ts).
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  experimental: {
    // Unchanged pages are copied from the previous build; each page's cacheKey says what it shows.
    incrementalBuild: true,
  },
  vite: {
    define: {
      // Part of every page's cache key: a change to any layout, component, plugin or the config
      // re-renders every page, even where the bundler's own module hashes would not see it.
      __SOURCE_DIGEST__: JSON.stringify(sourceDigest),
    },
    // Built sites and the tests' and the bench's scratch folders are outputs: watching them makes `astro dev`
    // reload for nothing while tests run (and a test's symbolic-link loop breaks the watcher).
    // The content folder being served stays watched, wherever it is.
    server: { watch: { ignored: ['**/dist/**', '**/dist.staging/**', unwatched] } },
    build: {
      // Never inline bundled scripts: the CSP allows only script files from the site itself.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's own content-asset modules start with a directive the bundler warns about
        // once per page; the warning is Astro's to fix and drowns real problems.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
