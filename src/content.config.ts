import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { frontmatterSchema } from './lib/frontmatter-schema.ts';
import { entryIdFromPath } from './lib/routes.ts';
import { siteConfigFromEnv } from './lib/site-config.ts';

const { contentDir } = siteConfigFromEnv(process.env);

/** Every page of the site: one MDX file each, id = path without `.mdx`. */
const docs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: contentDir, generateId: ({ entry }) => entryIdFromPath(entry) }),
  schema: frontmatterSchema,
});

export const collections = { docs };
