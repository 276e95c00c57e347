import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Installs the Starlight comparison project (`bench/starlight/`, its own package.json and lock
 * file) with `npm ci` when its node_modules is missing or older than the lock file.
 */
export function ensureStarlightInstalled(root: string): void {
  const lock = join(root, 'package-lock.json');
  // npm writes this copy of the lock file into node_modules at the end of an install.
  const installed = join(root, 'node_modules/.package-lock.json');
  if (!existsSync(lock)) throw new Error(`${lock} is missing: the Starlight project needs its lock file.`);
  if (existsSync(installed) && existsSync(join(root, 'node_modules/@astrojs/starlight/package.json')) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log(`Installing Starlight into ${root} (npm ci, first use only)`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}

/** Points Starlight's docs folder (`src/content/docs`, ignored by git) at a generated content folder. */
export function linkStarlightContent(root: string, content: string): void {
  const docs = join(root, 'src/content/docs');
  mkdirSync(join(docs, '..'), { recursive: true });
  try {
    if (lstatSync(docs)) rmSync(docs, { recursive: true, force: true });
  } catch {
    // Not there yet.
  }
  symlinkSync(content, docs, 'dir');
}
