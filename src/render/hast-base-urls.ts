import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../lib/site/base-path.ts';

/**
 * Gives site-absolute `href` and `src` values in content (`/favicon.svg`) the deployment's base
 * path, so a page written for `/` also works under `/docs/`.
 */
export function hastBaseUrls(base: string): HastPluginDefinition {
  return {
    name: 'base-urls',
    element: {
      filter: ['a', 'img', 'source'],
      visit(node, ctx) {
        for (const key of ['href', 'src'] as const) {
          const value = node.properties?.[key];
          if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
            ctx.setProperty(node, key, withBase(value, base));
          }
        }
      },
    },
  };
}
