import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server.ts';

const HELP = `Usage: npm run serve [-- --port 4321 --dir dist --csp]

Serves the built site from dist/ on localhost, under the base it was built for (from its routes.json),
with the 404 page for unknown URLs.
--csp sends the site's strict Content-Security-Policy header.`;

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** Starts the server from command-line options and prints its URL. */
export async function serveFromArgs(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      dir: { type: 'string', default: 'dist' },
      csp: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const running = await startStaticServer({
    root: values.dir,
    port: Number(values.port),
    csp: values.csp ? STRICT_CSP : undefined,
  });
  console.log(`Serving ${values.dir}/ at ${running.url}  (Ctrl+C to stop)`);
}

if (import.meta.main) await serveFromArgs(process.argv.slice(2));
