import type { IncomingMessage } from 'node:http';

/**
 * The decoded path a dev-server request asked for, base included, or null when it is not a
 * valid URL path. Astro's dev server strips the base from `req.url` before middleware runs;
 * connect keeps the original in `originalUrl`.
 */
export function requestPath(req: IncomingMessage): string | null {
  const original = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  try {
    return decodeURIComponent(new URL(original, 'http://localhost').pathname);
  } catch {
    return null;
  }
}
