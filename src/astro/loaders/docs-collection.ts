import { defineCollection } from 'astro/content/config';
import { frontmatterSchema } from '../../lib/content/frontmatter-schema.ts';
import type { SiteConfig } from '../../lib/site/site-config.ts';
import { contentLoader } from './content-loader.ts';

/** Every page of the site: one MDX file each, id = path without `.mdx`, rendered when loaded. */
export function docsCollections(config: SiteConfig, codeDigest: string) {
  return { docs: defineCollection({ loader: contentLoader(config, codeDigest), schema: frontmatterSchema }) };
}

export type DocsCollections = ReturnType<typeof docsCollections>;
