import '../src/io/compile-cache.ts';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const HELP = `Usage: npm run dev [-- astro dev flags, e.g. --port 4322]

Starts \`astro dev\`: a live preview of content/ for authors, at http://localhost:4321/ unless
--port says otherwise. Node's compile cache is on (see src/io/compile-cache.ts), so a second start
does not compile Astro's and Vite's modules again.`;

if (process.argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}

const ASTRO = join(resolve(import.meta.dirname, '..'), 'node_modules/astro/bin/astro.mjs');
// The cache's folder reaches Astro through the environment compile-cache.ts set.
const child = spawn(process.execPath, [ASTRO, 'dev', ...process.argv.slice(2)], { stdio: 'inherit' });
// Ctrl-C reaches both processes; this one waits for Astro to stop, and passes a kill on.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
