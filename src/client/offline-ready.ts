// The quiet "Ready offline" line at the foot of a page: asked of the active worker, so it shows
// only once its precache (and any saved section) is really stored.
import { OFFLINE_STATUS_MESSAGE, offlineStatusText, type OfflineStatus } from '../lib/offline/offline-status.ts';

/** Asks the active worker what can be read offline; undefined when it does not answer. */
async function askWorker(timeoutMs = 2000): Promise<OfflineStatus | undefined> {
  const active = (await navigator.serviceWorker.ready).active;
  if (!active) return undefined;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data as OfflineStatus);
    };
    active.postMessage({ type: OFFLINE_STATUS_MESSAGE, url: location.href }, [channel.port2]);
  });
}

/** Fills (or hides) the page's ready line from the worker's answer. */
export async function showOfflineStatus(root: HTMLElement): Promise<void> {
  const line = root.querySelector<HTMLElement>('[data-offline-ready]');
  if (!line) return;
  const status = await askWorker();
  const text = status ? offlineStatusText(status) : null;
  line.textContent = text ?? '';
  line.hidden = text === null;
}
