import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// Starlight with its defaults, building the bench's generated pages (src/content/docs links to them).
export default defineConfig({
  outDir: process.env.OUT_DIR,
  cacheDir: process.env.CACHE_DIR,
  integrations: [starlight({ title: 'Bench site' })],
});
