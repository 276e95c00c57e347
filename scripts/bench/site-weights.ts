import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight, type PageWeight, type Weight } from './page-weight.ts';

/** One built page's URL path and weight. */
export interface WeighedPage extends PageWeight {
  url: string;
}

/** Every file below a folder, as `/`-separated relative paths. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split('\\').join('/'));
}

/** Weighs every content page of a built site (not 404.html, not Pagefind's files). */
export function sitePageWeights(distDir: string, base = '/'): WeighedPage[] {
  const cache = new Map<string, Buffer | null>();
  const read = (urlPath: string): Buffer | null => {
    if (!urlPath.startsWith(base)) return null;
    if (!cache.has(urlPath)) {
      try {
        cache.set(urlPath, readFileSync(join(distDir, decodeURIComponent(urlPath.slice(base.length)))));
      } catch {
        cache.set(urlPath, null);
      }
    }
    return cache.get(urlPath) ?? null;
  };
  return filesBelow(distDir)
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/'))
    .sort()
    .map((f) => {
      const url = `${base}${f.slice(0, -'index.html'.length)}`;
      return { url, ...pageWeight(readFileSync(join(distDir, f), 'utf8'), url, read) };
    });
}

/** Median and largest of one measure over pages, with the largest page's URL. */
export interface Spread {
  median: Weight;
  max: Weight & { url: string };
}

/** Median (by gzip size; raw alongside) and largest of `html`, `css` and `js` across pages. */
export function weightSpread(pages: readonly WeighedPage[]): Record<'html' | 'css' | 'js', Spread> {
  const spread = (key: 'html' | 'css' | 'js'): Spread => {
    const sorted = [...pages].sort((a, b) => a[key].gzip - b[key].gzip || a[key].raw - b[key].raw);
    const mid = sorted[Math.floor((sorted.length - 1) / 2)];
    const top = sorted[sorted.length - 1];
    if (!mid || !top) return { median: { raw: 0, gzip: 0 }, max: { raw: 0, gzip: 0, url: '' } };
    return { median: { ...mid[key] }, max: { ...top[key], url: top.url } };
  };
  return { html: spread('html'), css: spread('css'), js: spread('js') };
}

/** Total bytes and file count below a folder; zeros when it does not exist. */
export function folderSize(dir: string): { bytes: number; files: number } {
  try {
    const files = filesBelow(dir);
    return { bytes: files.reduce((n, f) => n + statSync(join(dir, f)).size, 0), files: files.length };
  } catch {
    return { bytes: 0, files: 0 };
  }
}
