import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../lib/content/frontmatter.ts';
import { entryIdFromPath } from '../../lib/site/routes.ts';
import { listContentFiles } from '../../lib/content/content-set.ts';
import type { SiteConfig } from '../../lib/site/site-config.ts';
import { Slot } from '../../lib/build-progress/progress-reporter.ts';
import { countProgress } from '../integrations/build-progress-counters.ts';
import { pageHtmlDir, pageHtmlFile, prunePageHtml, writePageHtml } from './page-html-files.ts';
import { sectionCommands, storeCommands } from '../../lib/search/build/teaching-sections.ts';
import { forgetNewestHtml, setNewestHtml } from './dev-newest-html.ts';

interface Pending {
  id: string;
  relPath: string;
  filePath: string;
  source: string;
  digest: string;
}

/**
 * Loads every page of `contentDir` into the content layer with its finished HTML. Rendering
 * here, not through the bundler, keeps the pages out of the module graph. Each page's HTML is
 * kept in a file under a digest of its text, the site's code (`codeDigest`) and the base path,
 * and the entry records the file (see page-html-files.ts), so the data store the bundler reads
 * stays small and an unchanged page is never rendered twice.
 */
export function contentLoader(config: SiteConfig, codeDigest: string): Loader {
  const dir = resolve(config.contentDir);
  return {
    name: 'content-pages',
    async load(ctx: LoaderContext) {
      const { store, generateDigest, parseData, logger } = ctx;
      const root = fileURLToPath(ctx.config.root);
      const htmlDir = pageHtmlDir(fileURLToPath(ctx.config.cacheDir));
      const idOfFile = new Map<string, string>();

      /** Reads a page; null when the store already holds it rendered from the same text and code. */
      async function read(relPath: string): Promise<Pending | null> {
        const filePath = join(dir, relPath);
        const source = await readFile(filePath, 'utf8');
        const id = entryIdFromPath(relPath);
        idOfFile.set(filePath, id);
        const digest = generateDigest(`${codeDigest}\0${config.base}\0${source}`);
        const stored = store.get(id)?.digest === digest && pageHtmlFile(htmlDir, digest) !== null;
        return stored ? null : { id, relPath, filePath, source, digest };
      }

      /** Renders the pages and stores them; every page that fails is named in one error. */
      async function sync(pending: Pending[]): Promise<void> {
        if (pending.length === 0) return;
        // Loaded only when a page needs rendering: a dev server whose pages are all stored never
        // loads the renderer.
        const { renderPages } = await import('./render-pool.ts');
        const results = await renderPages(pending, config, () => countProgress(Slot.parsed));
        const failed: string[] = [];
        for (const [i, page] of pending.entries()) {
          const result = results[i]!;
          if (result instanceof Error) {
            failed.push(`${page.relPath}: ${result.message}`);
            continue;
          }
          const htmlFile = writePageHtml(htmlDir, page.digest, result.html);
          const block = splitFrontmatter(page.source.replace(/^\uFEFF/, ''));
          const raw = ((block ? parseYaml(block.yaml) : null) ?? {}) as Record<string, unknown>;
          // Astro keeps an entry whose digest did not change as it was; a page re-rendered
          // because its HTML file was gone must record the new file.
          store.delete(page.id);
          store.set({
            id: page.id,
            data: await parseData({ id: page.id, data: raw, filePath: page.filePath }),
            // No `body`: nothing reads it, and the store is bundled, so it holds metadata only.
            filePath: relative(root, page.filePath).split(sep).join('/'),
            digest: page.digest,
            rendered: {
              html: '',
              // The commands each section runs, for search's teaching sections (the body stays out of the store).
              metadata: { headings: result.headings, frontmatter: raw, imagePaths: result.imagePaths, components: result.components, htmlFile, commands: storeCommands(sectionCommands(block?.body ?? page.source, result.headings.map((h) => h.slug))) },
            },
            assetImports: result.imagePaths,
          });
        }
        if (failed.length > 0) throw new Error(`${failed.length} page(s) could not be rendered:\n${failed.join('\n')}`);
      }

      const files = listContentFiles(dir);
      const seen = new Set(files.map(entryIdFromPath));
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      const pending = (await Promise.all(files.map(read))).filter((p): p is Pending => p !== null);
      await sync(pending);
      prunePageHtml(htmlDir, new Set(store.values().map((e) => String(e.digest ?? ''))));

      const { watcher } = ctx;
      if (!watcher) return;
      // The store was just loaded in full: nothing rendered by an earlier load is newer than it.
      forgetNewestHtml(null);
      watcher.add(dir);
      const relOf = (path: string) => {
        const rel = relative(dir, path).split(sep).join('/');
        return rel.startsWith('../') || !rel.endsWith('.mdx') ? null : rel;
      };
      const onChange = async (path: string) => {
        const rel = relOf(path);
        if (!rel) return;
        try {
          const page = await read(rel);
          if (page) {
            await sync([page]);
            // The page shows its new HTML before Astro writes the store (see dev-newest-html.ts).
            const file = pageHtmlFile(htmlDir, page.digest);
            if (file) setNewestHtml(page.id, file);
          }
          logger.info(`reloaded ${rel}`);
        } catch (err) {
          logger.error(err instanceof Error ? err.message : String(err));
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path: string) => {
        const id = idOfFile.get(path);
        if (id && relOf(path)) {
          store.delete(id);
          forgetNewestHtml(id);
        }
        idOfFile.delete(path);
      });
    },
  };
}
