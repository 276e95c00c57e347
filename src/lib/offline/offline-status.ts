/**
 * What the reader is told about offline reading once the service worker is active: the worker
 * answers only after its install (and so its precache) has finished, so the line never promises
 * more than is stored.
 */

/** The worker's answer to `OFFLINE_STATUS_MESSAGE`. */
export interface OfflineStatus {
  /** The whole site was precached on the first visit. */
  all: boolean;
  /** Saved sections, by title, in the order the reader saved them; `*` is the whole site. */
  saved: { id: string; title: string }[];
  /** The page the reader is on has a stored copy. */
  pageStored: boolean;
}

export const OFFLINE_STATUS_MESSAGE = 'offline-status';

/** The line shown at the foot of the page, or `null` when nothing can be read offline yet. */
export function offlineStatusText(status: OfflineStatus): string | null {
  if (status.all || status.saved.some((s) => s.id === '*')) return 'Ready offline: this whole site works without a network.';
  if (status.saved.length > 0) {
    const titles = status.saved.map((s) => s.title);
    const list = titles.length === 1 ? titles[0] : `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
    return `Ready offline: ${list}${status.pageStored ? ', and the pages you have read' : ''}.`;
  }
  return status.pageStored ? 'Ready offline: this page, and the pages you read next.' : null;
}
