import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number;
  output: string;
  outDir: string;
}

/** Runs the real `scripts/build.ts` on a content folder into `test/.out/<name>`. */
export function buildSite(name: string, contentDir: string, env: Record<string, string> = {}): BuildResult {
  const outDir = join(ROOT, 'test/.out', name);
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      CACHE_DIR: join(ROOT, 'test/.out/.cache', name),
      FORCE_COLOR: '0',
      ...env,
    },
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** Every HTML file of a built site, as paths relative to its folder. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** Reads one built page. */
export function readPage(dir: string, rel: string): string {
  return readFileSync(join(dir, rel), 'utf8');
}
