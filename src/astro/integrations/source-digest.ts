import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { codeDigest } from '../../lib/site/page-cache-key.ts';

const SOURCE = /\.(?:ts|mts|js|mjs|astro|css|json)$/;

/** Every file under `dir` whose name matches `SOURCE`, as path and text. */
function sources(root: string, dir: string): { path: string; text: string }[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && SOURCE.test(d.name))
    .map((d) => {
      const file = join(d.parentPath, d.name);
      return { path: relative(root, file), text: readFileSync(file, 'utf8') };
    });
}

/** Digest of the site's own code (src/, the Astro config and the lock file), read when the config loads. */
export function readSourceDigest(root: string): string {
  const file = (path: string) => ({ path, text: readFileSync(join(root, path), 'utf8') });
  return codeDigest([...sources(root, 'src'), file('astro.config.mjs'), file('package-lock.json')]);
}
