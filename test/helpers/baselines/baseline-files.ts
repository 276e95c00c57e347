/**
 * The baseline file of a page, from its path in the built site: `get-started/containers/` is
 * `get-started/containers.yml`, the home page `index.yml`, the 404 page `404.yml`.
 */
export function baselineName(route: string, extension: string): string {
  const plain = route.replace(/^\/+|\/+$/g, '').replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
  return `${plain || 'index'}.${extension}`;
}

/** Pages with no baseline yet, and baselines whose page is gone, each list sorted. */
export interface BaselineGaps {
  missing: string[];
  orphaned: string[];
}

/** Compares the baseline files a site's pages need with the files there are. */
export function baselineGaps(needed: readonly string[], present: readonly string[]): BaselineGaps {
  const have = new Set(present);
  const want = new Set(needed);
  return {
    missing: needed.filter((n) => !have.has(n)).sort(),
    orphaned: present.filter((p) => !want.has(p)).sort(),
  };
}
