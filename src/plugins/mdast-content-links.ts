import type { MdastPluginDefinition } from 'satteri';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { classifyLink, urlForContentFile } from '../lib/content-links.ts';

/**
 * Turns links to content files (`./services.mdx#about-services`) into page URLs.
 * It only rewrites: every link was already checked over the whole content set before Astro ran.
 */
export function mdastContentLinks(contentDir: string): MdastPluginDefinition {
  return {
    name: 'content-links',
    link(node, ctx) {
      if (!ctx.fileURL) return;
      const from = relative(contentDir, fileURLToPath(ctx.fileURL)).split('\\').join('/');
      const target = classifyLink(from, node.url);
      if (target.kind === 'file') {
        // Site-absolute here; `hast-base-urls` adds the base path with every other URL.
        ctx.setProperty(node, 'url', urlForContentFile(target.relPath, target.fragment));
      }
    },
  };
}
