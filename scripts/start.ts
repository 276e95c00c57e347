import { spawnSync } from 'node:child_process';
import { serveFromArgs } from './serve.ts';

// Build first, so `npm start` on a fresh clone always shows the current content.
if (process.argv.includes('--help')) {
  console.log('Usage: npm start [-- --port 4321]\n\nBuilds the site (npm run build), then serves dist/ on localhost.');
  process.exit(0);
}
const result = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
await serveFromArgs(process.argv.slice(2));
