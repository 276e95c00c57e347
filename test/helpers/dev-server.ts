import { spawn, type ChildProcess } from 'node:child_process';
import { cacheDirFor, ROOT } from './build-site.ts';
import { freePort } from '../../src/tools/free-port.ts';

export interface DevServer {
  url: string;
  /** Its CACHE_DIR, which also holds Astro's `.astro/` (`buildSettings(…).astroRoot`). */
  cacheDir: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the real `astro dev` on a content folder and waits until it answers. Its CACHE_DIR holds
 * Astro's state too (astroRoot in src/io/build-settings.ts), so it runs beside builds and other servers;
 * `--ignore-lock` skips Astro's one-server-per-working-folder lock, which is all they would share.
 */
export async function startDevServer(name: string, contentDir: string, env: Record<string, string> = {}): Promise<DevServer> {
  const port = await freePort();
  const cacheDir = cacheDirFor(name);
  const child: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, CACHE_DIR: cacheDir, FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const base = env.BASE ?? '/';
  const url = `http://127.0.0.1:${port}${base}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`astro dev exited early:\n${log}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(10_000) })).ok) return { url, cacheDir, output: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`astro dev did not answer at ${url} within 60 s:\n${log}`);
}
