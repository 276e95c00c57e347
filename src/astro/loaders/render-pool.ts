import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SiteConfig } from '../../lib/site/site-config.ts';
import { renderContentHtml, type ContentHtml } from '../../render/content-html.ts';

export interface RenderJob {
  n: number;
  source: string;
  filePath: string;
}

export type RenderReply = { n: number; ok: true; result: ContentHtml } | { n: number; ok: false; error: string };

export interface PageToRender {
  source: string;
  filePath: string;
}

/** Below this many pages a thread's start-up (loading Shiki's grammars again) costs more than it saves. */
export const POOL_THRESHOLD = 48;

/**
 * Renders pages to HTML, on one thread per processor when there are enough of them: highlighting
 * is most of a page's cost and it is plain JavaScript, so threads divide it. Every page's result
 * or error comes back in the order given; a failed page never stops the others.
 */
export async function renderPages(
  pages: readonly PageToRender[],
  config: SiteConfig,
  onRendered: () => void = () => {},
  threads = defaultThreads(pages.length),
): Promise<(ContentHtml | Error)[]> {
  if (threads <= 1) {
    const out: (ContentHtml | Error)[] = [];
    for (const page of pages) {
      out.push(await renderContentHtml(page.source, page.filePath, config).catch((err: unknown) => asError(err)));
      onRendered();
    }
    return out;
  }
  const results: (ContentHtml | Error)[] = new Array(pages.length);
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./content-render-worker.ts', import.meta.url), { workerData: config }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolveAll, rejectAll) => {
            const send = () => {
              if (next >= pages.length) return resolveAll();
              const n = next++;
              const page = pages[n]!;
              worker.postMessage({ n, source: page.source, filePath: page.filePath } satisfies RenderJob);
            };
            worker.on('message', (reply: RenderReply) => {
              results[reply.n] = reply.ok ? reply.result : new Error(reply.error);
              onRendered();
              send();
            });
            worker.once('error', rejectAll);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

function defaultThreads(pages: number): number {
  return pages < POOL_THRESHOLD ? 1 : Math.min(availableParallelism(), Math.ceil(pages / POOL_THRESHOLD));
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
