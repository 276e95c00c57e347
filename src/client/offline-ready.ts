// The quiet "Ready offline" line at the foot of a page: asked of the active worker, so it shows
// only once its precache (and any saved section) is really stored.
import { OFFLINE_STATUS_MESSAGE, offlineStatusText, type OfflineStatus } from '../lib/offline/offline-status.ts';
import { askWorker } from './ask-worker.ts';

/** Fills (or hides) the page's ready line from the worker's answer. */
export async function showOfflineStatus(root: HTMLElement): Promise<void> {
  const line = root.querySelector<HTMLElement>('[data-offline-ready]');
  if (!line) return;
  const status = await askWorker<OfflineStatus>({ type: OFFLINE_STATUS_MESSAGE, url: location.href });
  const text = status ? offlineStatusText(status) : null;
  line.textContent = text ?? '';
  line.hidden = text === null;
}
