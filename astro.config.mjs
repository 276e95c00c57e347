// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { buildSettings } from './src/adapters/build-settings.ts';
import { siteRoutes } from './src/adapters/site-routes.ts';
import { markdownPlugins } from './src/plugins/index.ts';
import { devSearch } from './src/integrations/dev-search.ts';
import { buildProgress } from './src/integrations/build-progress.ts';

const config = buildSettings();
// The sitemap lists what the route table marks for it, generated section pages included.
const sitemapUrls = siteRoutes(config).routes.filter((r) => r.sitemap).map((r) => r.absoluteUrl);
const sitemapSet = new Set(sitemapUrls);

export default defineConfig({
  site: config.site,
  base: config.base,
  outDir: config.outDir,
  // A separate cache per content folder keeps fixture builds from reusing each other's entries.
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    sitemap({
      customPages: sitemapUrls,
      filter: (page) => sitemapSet.has(page),
      namespaces: { news: false, xhtml: false, image: false, video: false },
    }),
    devSearch(config),
    buildProgress(config.contentDir),
  ],
  markdown: {
    processor: satteri(markdownPlugins(config)),
    // Code blocks are highlighted by the site's own plugin (src/plugins/hast-code-blocks.ts).
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  vite: {
    // Built sites are outputs: watching them makes `astro dev` reload for nothing while tests build.
    server: { watch: { ignored: ['**/dist/**', '**/dist.staging/**', '**/test/.out/builds/**', '**/bench/.work/**'] } },
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
