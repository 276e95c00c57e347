/** Entry ids and page URLs, derived from content file paths. */

/** Turns a content path (`get-started/containers.mdx`) into its entry id (`get-started/containers`). */
export function entryIdFromPath(relPath: string): string {
  return relPath.replace(/\\/g, '/').replace(/\.mdx?$/, '');
}

/** The URL path (without base) of an entry: folders' `index` pages sit at the folder's URL. */
export function urlPathForId(id: string): string {
  const trimmed = id.replace(/(^|\/)index$/, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The route parameter for `[...slug].astro`: undefined for the root page. */
export function routeSlugForId(id: string): string | undefined {
  const path = urlPathForId(id);
  return path === '/' ? undefined : path.slice(1, -1);
}

/** The folder an entry belongs to, as an id prefix (`get-started`, or `` for the root). */
export function folderOfId(id: string): string {
  const parts = id.split('/');
  if (parts[parts.length - 1] === 'index') parts.pop();
  parts.pop();
  return parts.join('/');
}
