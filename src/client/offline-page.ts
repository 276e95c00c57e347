// The offline page's list: every page the worker holds, named by the titles of the offline
// manifest (written by the build from the site model), not read back out of the stored pages.
import { OFFLINE_PAGES_MESSAGE, type OfflinePageLink } from '../lib/offline/offline-pages.ts';

const list = document.querySelector<HTMLUListElement>('[data-offline-pages]');

/** Asks the active worker for the pages it can serve offline; undefined when it does not answer. */
async function askWorker(timeoutMs = 2000): Promise<OfflinePageLink[] | undefined> {
  const active = (await navigator.serviceWorker.ready).active;
  if (!active) return undefined;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data as OfflinePageLink[]);
    };
    active.postMessage({ type: OFFLINE_PAGES_MESSAGE }, [channel.port2]);
  });
}

async function fill(ul: HTMLUListElement): Promise<void> {
  const pages = await askWorker();
  if (!pages || pages.length === 0) return;
  ul.replaceChildren(
    ...pages.map(({ url, title }) => {
      const li = document.createElement('li');
      li.append(Object.assign(document.createElement('a'), { href: url, textContent: title }));
      return li;
    }),
  );
}

if (list && 'serviceWorker' in navigator) void fill(list);
