import { lookup } from 'mrmime';

/** Types whose bytes are text: sent with `charset=utf-8`, as the build writes them. */
const TEXT = /^text\/|^application\/(?:json|xml|manifest\+json|javascript)$|\+xml$/;

/** The Content-Type header for a file name (mrmime's table), `application/octet-stream` when unknown. */
export function contentTypeFor(file: string): string {
  const type = lookup(file);
  if (!type) return 'application/octet-stream';
  return TEXT.test(type) ? `${type}; charset=utf-8` : type;
}
