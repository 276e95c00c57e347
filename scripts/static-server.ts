import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { normalizeBase } from '../src/lib/base-path.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServerOptions {
  /** Folder to serve (the built site). */
  root: string;
  /** Base path the site was built for; requests outside it get the 404 page. */
  base?: string;
  port?: number;
  host?: string;
  /** Value of a Content-Security-Policy header sent with every response. */
  csp?: string;
  /** Called with each request's path and status (tests and the bench count what a browser fetched). */
  onServe?: (pathname: string, status: number) => void;
}

export interface RunningServer {
  server: Server;
  /** Origin plus base, e.g. `http://127.0.0.1:4321/docs/`. */
  url: string;
  close(): Promise<void>;
}

/** Maps a request path to a file under root, or null (directories resolve to their index.html). */
function fileFor(root: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const rel = normalize(decodeURIComponent(pathname.slice(base.length)));
  if (rel.startsWith('..')) return null;
  let file = join(root, rel);
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Serves a built site the way a static host does: files, folder index pages, and 404.html with status 404. */
export function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  const base = normalizeBase(options.base);
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    // A folder URL without its slash redirects, as static hosts do.
    if (!pathname.endsWith('/') && !extname(pathname) && fileFor(root, base, `${pathname}/`)) {
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const file = fileFor(root, base, pathname);
    const headers: Record<string, string> = {};
    if (options.csp) headers['content-security-policy'] = options.csp;
    const target = file ?? join(root, '404.html');
    let status = file ? 200 : 404;
    try {
      statSync(target);
    } catch {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    headers['content-type'] = TYPES[extname(target)] ?? 'application/octet-stream';
    headers['cache-control'] = 'no-cache';
    options.onServe?.(pathname, status);
    res.writeHead(status, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(target).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolvePromise({
        server,
        url: `http://${options.host ?? '127.0.0.1'}:${port}${base}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
