import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalizeBase } from '../lib/site/base-path.ts';
import { contentTypeFor } from '../lib/content/content-type.ts';

export interface StaticServerOptions {
  /** Folder to serve (the built site). */
  root: string;
  /** Base path the site was built for (default `/`); requests outside it get the 404 page. */
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

/** The file under root a request path is served from, as a static host finds it, or null. */
function fileFor(root: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const parts: string[] = [];
  for (const part of pathname.slice(base.length).split('/')) {
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (part !== '' && part !== '.') parts.push(part);
  }
  const rel = parts.join('/');
  const file = join(root, pathname.endsWith('/') || rel === '' ? join(rel, 'index.html') : rel);
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? file : null;
}

/** Serves a built site the way a static host does: files, folder index pages, and 404.html with status 404. */
export function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  const base = normalizeBase(options.base ?? '/');
  const notFound = join(root, '404.html');
  if (!statSync(notFound, { throwIfNoEntry: false })?.isFile()) {
    return Promise.reject(new Error(`${root} has no 404.html: it is not a built site. Build one with npm run build.`));
  }
  const server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      pathname = '';
    }
    // A folder URL without its slash redirects, as static hosts do.
    if (!pathname.endsWith('/') && !fileFor(root, base, pathname) && fileFor(root, base, `${pathname}/`)) {
      res.writeHead(301, { location: encodeURI(`${pathname}/`) }).end();
      return;
    }
    const file = fileFor(root, base, pathname);
    const headers: Record<string, string> = {};
    if (options.csp) headers['content-security-policy'] = options.csp;
    const target = file ?? notFound;
    let status = file ? 200 : 404;
    try {
      statSync(target);
    } catch {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    headers['content-type'] = contentTypeFor(target);
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
        // Stopping drops kept-alive connections too, as a host that goes away does.
        close: () => new Promise((done) => { server.close(() => done()); server.closeAllConnections(); }),
      });
    });
  });
}
