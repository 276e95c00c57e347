import type { HastPluginDefinition } from 'satteri';

/**
 * Adds `rel="noopener noreferrer"` to links that leave the site (`https:`, `http:`, `//host`),
 * so an external page gets no handle on ours and no referrer. The links are not fetched: the
 * build works offline.
 */
export function hastExternalLinks(): HastPluginDefinition {
  return {
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && /^(?:https?:)?\/\//i.test(href)) {
          ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
        }
      },
    },
  };
}
