import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import type { Definition, Link } from 'mdast';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { classifyLink, urlForContentFile } from '../lib/content/content-links.ts';

/**
 * Turns links to content files (`./services.mdx#about-services`) into page URLs, in inline links
 * and in the definitions reference links use (`[ref]: ./services.mdx`).
 * It only rewrites: every link was already checked over the whole content set before Astro ran.
 */
export function mdastContentLinks(contentDir: string): MdastPluginDefinition {
  const rewrite = (node: Readonly<Link | Definition>, ctx: MdastVisitorContext) => {
    if (!ctx.fileURL) return;
    const from = relative(contentDir, fileURLToPath(ctx.fileURL)).split('\\').join('/');
    const target = classifyLink(from, node.url);
    if (target.kind === 'file' && target.relPath.endsWith('.mdx')) {
      // Site-absolute here; `hast-base-urls` adds the base path with every other URL.
      ctx.setProperty(node, 'url', urlForContentFile(target.relPath, target.fragment));
    }
  };
  return { name: 'content-links', link: rewrite, definition: rewrite };
}
