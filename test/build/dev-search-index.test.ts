import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedBuild } from '../helpers/build-site.ts';
import { devSearchBundle } from '../../src/astro/integrations/dev-search.ts';
import { pagefindPayload } from '../../src/lib/offline/pagefind-uses.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string }[];
}

/** Every page Pagefind holds in a bundle, by URL: its text, metadata, filters and heading anchors. */
function fragments(files: Iterable<[string, Uint8Array]>): Map<string, Fragment> {
  const out = new Map<string, Fragment>();
  for (const [path, bytes] of files) {
    if (!path.startsWith('fragment/')) continue;
    const fragment = JSON.parse(Buffer.from(pagefindPayload(path, bytes)).toString('utf8')) as Fragment;
    out.set(fragment.url, fragment);
  }
  return out;
}

function builtBundle(outDir: string): [string, Uint8Array][] {
  const dir = join(outDir, 'pagefind');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => [join(d.parentPath, d.name).slice(dir.length + 1), readFileSync(join(d.parentPath, d.name))]);
}

/**
 * The indexed words. The built page has Sätteri's typographic quotes and dashes where dev indexes
 * the source's, and Pagefind ends a block with a full stop where the next block starts.
 */
const words = (text: string) =>
  text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').split(/\s+/).map((w) => w.replace(/[.,:;]+$/, '')).filter(Boolean);
const headings = (f: Fragment) => f.anchors.filter((a) => /^h[1-6]$/.test(a.element)).map((a) => `${a.element}#${a.id} ${a.text}`);

for (const contentDir of ['content', 'test/fixtures/site-tutorial', 'test/fixtures/site-nav']) {
  test(`dev search indexes the same pages with the same fields as the build (${contentDir})`, async () => {
    const built = sharedBuild(contentDir);
    assert.equal(built.status, 0, built.output);
    const build = fragments(builtBundle(built.outDir));
    const dev = fragments(await devSearchBundle({ site: 'http://localhost:4321', base: '/', contentDir, outDir: built.outDir }, new Map()));
    assert.deepEqual([...dev.keys()].sort(), [...build.keys()].sort(), 'the same pages');
    for (const [url, page] of build) {
      const other = dev.get(url)!;
      assert.deepEqual(other.meta, page.meta, `${url}: metadata`);
      assert.deepEqual(other.filters, page.filters, `${url}: filters`);
      assert.deepEqual(headings(other), headings(page), `${url}: headings`);
      assert.deepEqual(words(other.content), words(page.content), `${url}: text`);
    }
  });
}
