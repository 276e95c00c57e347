// The offline page's list: every page held in any of the worker's caches, by title.
const list = document.querySelector<HTMLUListElement>('[data-offline-pages]');

/** A cached page's URL path, or null for anything that is not a page of the site. */
function pagePath(url: string): string | null {
  const path = new URL(url).pathname;
  if (!(path.endsWith('/') || path.endsWith('.html')) || /\/(?:404\.html|offline\/|__offline\/)/.test(path)) return null;
  return path;
}

async function titleOf(response: Response): Promise<string | null> {
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  return doc.querySelector('h1')?.textContent?.trim() || null;
}

async function fill(ul: HTMLUListElement): Promise<void> {
  const found = new Map<string, string>();
  for (const name of await caches.keys()) {
    if (!/^(?:docs-|workbox-precache)/.test(name)) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const path = pagePath(request.url);
      if (!path || found.has(path)) continue;
      const response = await cache.match(request);
      const title = response && (await titleOf(response));
      if (title) found.set(path, title);
    }
  }
  if (found.size === 0) return;
  const items = [...found].sort((a, b) => a[1].localeCompare(b[1])).map(([href, title]) => {
    const li = document.createElement('li');
    li.append(Object.assign(document.createElement('a'), { href, textContent: title }));
    return li;
  });
  ul.replaceChildren(...items);
}

if (list && 'caches' in window) void fill(list);
