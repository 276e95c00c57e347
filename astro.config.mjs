// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfigFromEnv } from './src/lib/site-config.ts';
import { markdownPlugins } from './src/plugins/index.ts';
import { buildProgress } from './src/integrations/build-progress.ts';

const config = siteConfigFromEnv(process.env);

export default defineConfig({
  site: config.site,
  base: config.base,
  outDir: config.outDir,
  // A separate cache per content folder keeps fixture builds from reusing each other's entries.
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), buildProgress(config.contentDir)],
  markdown: {
    processor: satteri(markdownPlugins(config)),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
    },
  },
  devToolbar: { enabled: false },
});
