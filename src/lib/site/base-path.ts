/** The one place that knows how a site-relative URL gets the deployment's base path. */

/** Normalises a base path to start and end with `/` (`docs` → `/docs/`). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Prefixes a site-relative path (`/get-started/`) with the base (`/docs/` → `/docs/get-started/`). */
export function withBase(path: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('#')) return path;
  return normalizeBase(base) + path.replace(/^\/+/, '');
}
