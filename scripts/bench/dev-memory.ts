import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { treeRss } from './process-memory.ts';
import { writeFloorSite } from './floor-site.ts';
import { generateContent } from './generate-content.ts';
import { freePort } from '../../src/tools/free-port.ts';

const HELP = `Usage: node scripts/bench/dev-memory.ts [--pages N]

Starts our \`astro dev\` and the bare floor's \`astro dev\` on the same generated pages (one after
the other), opens ten pages in each, then on ours runs a search (which builds the dev index), and
reports the peak memory of each server's process tree (VmRSS summed, sampled every 100 ms).`;

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, 'bench/.work');
const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, help: { type: 'boolean', default: false } } });
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const pages = Number(values.pages);

/** Runs one dev server, requests `paths` in order, and returns its peak memory in MB. */
async function devPeak(root: string, env: NodeJS.ProcessEnv, paths: string[]): Promise<{ peakMB: number; seconds: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--ignore-lock', '--root', root, '--port', String(port), '--host', '127.0.0.1'], { cwd: root, env, stdio: 'ignore' });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 100);
  const start = performance.now();
  try {
    const origin = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i += 1) {
      try {
        if ((await fetch(`${origin}/`)).ok) break;
      } catch {
        // Not listening yet.
      }
      if (i > 600) throw new Error('the dev server did not start');
      await new Promise((r) => setTimeout(r, 500));
    }
    for (const path of paths) {
      const response = await fetch(origin + path);
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      await response.arrayBuffer();
    }
    await new Promise((r) => setTimeout(r, 2000));
    return { peakMB: peak / 1024 / 1024, seconds: (performance.now() - start) / 1000 };
  } finally {
    clearInterval(timer);
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const content = join(WORK, `content-${pages}`);
const plans = generateContent(content, pages, 1);
const urls = plans.slice(0, 10).map((p) => `/${p.relPath.replace(/(?:^|\/)index\.mdx$/, '').replace(/\.mdx$/, '')}${p.relPath === 'index.mdx' ? '' : '/'}`);
const floorRoot = join(WORK, 'floor');
writeFloorSite(floorRoot);
const load = loadavg()[0]?.toFixed(1);
const ours = await devPeak(ROOT, { ...process.env, CONTENT_DIR: content, CACHE_DIR: join(WORK, `dev-cache-${pages}`) }, [...urls, '/pagefind/pagefind-entry.json']);
const floor = await devPeak(floorRoot, { ...process.env, CONTENT_DIR: content, CACHE_DIR: join(WORK, `floor-dev-cache-${pages}`) }, urls);
console.log(`${pages} pages (load ${load} at start): our astro dev with a search ${ours.peakMB.toFixed(0)} MB (${ours.seconds.toFixed(0)} s); plain astro dev ${floor.peakMB.toFixed(0)} MB (${floor.seconds.toFixed(0)} s); ratio ${(ours.peakMB / floor.peakMB).toFixed(2)}x`);
