import { parentPort, workerData } from 'node:worker_threads';
import type { SiteConfig } from '../../lib/site/site-config.ts';
import { renderContentHtml } from '../../render/content-html.ts';
import type { RenderJob, RenderReply } from './render-pool.ts';

// One thread of the render pool: renders the pages it is sent, one at a time.
const config = workerData as SiteConfig;
parentPort?.on('message', async (job: RenderJob) => {
  let reply: RenderReply;
  try {
    reply = { n: job.n, ok: true, result: await renderContentHtml(job.source, job.filePath, config) };
  } catch (err) {
    reply = { n: job.n, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
