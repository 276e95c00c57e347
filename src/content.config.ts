import { defineCollection } from 'astro:content';
import { frontmatterSchema } from './lib/content/frontmatter-schema.ts';
import { siteConfigFromEnv } from './lib/site/site-config.ts';
import { contentLoader } from './astro/loaders/content-loader.ts';

/** Every page of the site: one MDX file each, id = path without `.mdx`, rendered when loaded. */
const docs = defineCollection({
  loader: contentLoader(siteConfigFromEnv(process.env), __SOURCE_DIGEST__),
  schema: frontmatterSchema,
});

export const collections = { docs };
