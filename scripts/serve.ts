import { parseArgs } from 'node:util';
import { startStaticServer } from '../src/tools/static-server.ts';

const HELP = `Usage: npm run serve [-- [<site folder>] [--base /] [--port 4321] [--csp]]

Serves a built site (dist/, or the folder given: a pull request's downloaded site artifact, say)
on localhost, as a static host does: files, a folder's index.html, and the 404 page for unknown
URLs. --base is the base path the site was built with (default: BASE, else /). --dir <folder> is the same as giving the folder.
--csp sends the site's strict Content-Security-Policy header.`;

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** Starts the server from command-line options and prints its URL. */
export async function serveFromArgs(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.BASE || '/' },
      csp: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (positionals.length > 1) {
    console.error(`Give one site folder, not ${positionals.length}.\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  const dir = (positionals[0] ?? values.dir).replace(/\/+$/, '') || '/';
  try {
    const running = await startStaticServer({ root: dir, base: values.base, port: Number(values.port), csp: values.csp ? STRICT_CSP : undefined });
    console.log(`Serving ${dir}/ at ${running.url}  (Ctrl+C to stop)`);
  } catch (error) {
    // A folder that is not a built site, or a port in use: the message says what to do.
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}

if (import.meta.main) await serveFromArgs(process.argv.slice(2));
