import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The bare Astro 7 + MDX floor: one route that is also the whole layout, no plugins, no checks.
const FILES: Record<string, string> = {
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

const unified = process.env.FLOOR_PROCESSOR === 'unified' ? (await import('@astrojs/markdown-remark')).unified : null;

export default defineConfig({
  outDir: process.env.OUT_DIR,
  cacheDir: process.env.CACHE_DIR,
  integrations: [mdx()],
  markdown: unified ? { processor: unified() } : {},
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: process.env.CONTENT_DIR }) }),
};
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('docs');
  return entries.map((entry) => ({ params: { slug: entry.id.replace(/\\/?index$/, '') || undefined }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`,
  'tsconfig.json': '{ "extends": "astro/tsconfigs/base" }\n',
};

/** Writes the floor project into `dir` (its packages resolve from the repository's node_modules). */
export function writeFloorSite(dir: string): void {
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}
