import { enableCompileCache } from 'node:module';

/*
 * Imported first by the build: V8 keeps the compiled code of the modules loaded after it (Astro's
 * and Vite's in the worker thread, Workbox's and Pagefind's later) on disk, so the next build does
 * not compile them again; `astro dev` turns the same cache on by itself. Node's default folder is
 * under the system's temporary folder; NODE_COMPILE_CACHE names another, and
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off. Worker threads inherit it through the environment.
 */
const enabled = enableCompileCache();
if (enabled.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = enabled.directory;
