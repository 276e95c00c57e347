// Registers the offline cache (dist/sw.js, written by the build). Not in the dev server, which has
// no sw.js, and not from file://, where service workers do not run.
import { url } from '../site-url.ts';

if ('serviceWorker' in navigator && location.protocol !== 'file:' && !import.meta.env.DEV) {
  navigator.serviceWorker.register(url('/sw.js'), { scope: url('/') }).catch(() => {
    // Without the worker the site still works online; nothing to tell the reader.
  });
}
