// The offline page's list: every page the worker holds, named by the titles of the offline
// manifest (written by the build from the site model), not read back out of the stored pages.
import { OFFLINE_PAGES_MESSAGE, type OfflinePageLink } from '../lib/offline/offline-pages.ts';
import { askWorker } from './ask-worker.ts';

const list = document.querySelector<HTMLUListElement>('[data-offline-pages]');

async function fill(ul: HTMLUListElement): Promise<void> {
  const pages = await askWorker<OfflinePageLink[]>({ type: OFFLINE_PAGES_MESSAGE });
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
