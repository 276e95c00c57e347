// Shows "Save for offline" where service workers run, with what is saved (remembered across
// reloads) and, once the worker is active, what can be read offline; loads the panel's script on
// first use.
import { SAVED_KEY } from './offline-keys.ts';

const root = document.querySelector<HTMLElement>('[data-save-offline]');
if (root && 'serviceWorker' in navigator && 'caches' in window && location.protocol !== 'file:') {
  root.hidden = false;
  const toggle = root.querySelector<HTMLButtonElement>('.save-offline-toggle')!;
  const saved = JSON.parse(localStorage.getItem(SAVED_KEY) ?? '[]') as string[];
  if (saved.includes('*') || saved.includes(root.dataset.section ?? '')) toggle.textContent = 'Saved for offline';
  toggle.addEventListener('click', () => {
    void import('./save-offline.ts').then((m) => m.toggle(root));
  });
  // The ready line's code loads once a worker is active: before that there is nothing to say.
  void navigator.serviceWorker.ready
    .then(() => import('./offline-ready.ts'))
    .then(({ showOfflineStatus }) => {
      void showOfflineStatus(root);
      // A section saved or removed in the panel changes what is ready.
      root.addEventListener('offline-change', () => void showOfflineStatus(root));
    })
    // Leaving the page while the module loads aborts the load (Firefox rejects the import then);
    // the line only informs, so it stays hidden rather than raising an error on the way out.
    .catch(() => undefined);
}
