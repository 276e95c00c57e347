import { withBase } from './lib/site/base-path.ts';

/** Site-relative path → URL under the configured base. Every URL a component emits goes through here. */
export function url(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}
