import type { MdastPluginList, HastPluginList } from 'satteri';
import type { SiteConfig } from '../lib/site/site-config.ts';
import { resolve } from 'node:path';
import { hastBaseUrls } from './hast-base-urls.ts';
import { hastExternalLinks } from './hast-external-links.ts';
import { hastCodeBlocks } from './hast-code-blocks.ts';
import { mdastContentLinks } from './mdast-content-links.ts';

/**
 * The whole Markdown plugin chain, in order. Astro 7's Sätteri processor runs these natively;
 * each plugin is one file in this folder. Content checks do not live here: they run over every
 * file before Astro starts (`scripts/build.ts`), so a cached page cannot skip them.
 */
export function markdownPlugins(config: SiteConfig): { mdastPlugins: MdastPluginList; hastPlugins: HastPluginList } {
  return {
    mdastPlugins: [mdastContentLinks(resolve(config.contentDir))],
    // Code blocks first (they add no links), external links next, base URLs last.
    hastPlugins: [hastCodeBlocks(), hastExternalLinks(), hastBaseUrls(config.base)],
  };
}
