// The saved-for-offline cache, shared by "Save for offline" (in the page) and the service worker
// (which brings saved files up to date after a deploy). One cache holds every saved file under its
// plain URL, and one JSON entry records the saved sections and each file's revision.
import type { OfflineManifest, OfflineSection } from '../lib/offline/offline-plan.ts';

export const SAVED_CACHE = 'docs-saved';
/** Header on the store's own downloads, so the worker passes them to the network untouched. */
export const SAVE_HEADER = 'x-docs-save';
const PARALLEL = 6;

export interface SavedState {
  sections: string[];
  /** URL → revision of every file in the cache. */
  revisions: Record<string, string>;
}

export interface Progress {
  doneBytes: number;
  totalBytes: number;
  doneFiles: number;
  totalFiles: number;
}

const stateKey = (base: string) => `${base}__offline/state.json`;
const manifestKey = (base: string) => `${base}__offline/manifest.json`;

/** The saved sections and revisions; empty when nothing is saved. */
export async function readState(base: string): Promise<SavedState> {
  const hit = await (await caches.open(SAVED_CACHE)).match(stateKey(base));
  return hit ? ((await hit.json()) as SavedState) : { sections: [], revisions: {} };
}

async function writeState(base: string, state: SavedState, manifest: OfflineManifest): Promise<void> {
  const cache = await caches.open(SAVED_CACHE);
  const json = { headers: { 'content-type': 'application/json' } };
  await cache.put(stateKey(base), new Response(JSON.stringify(state), json));
  // Kept so the offline page can name what is saved without the network.
  await cache.put(manifestKey(base), new Response(JSON.stringify(manifest), json));
}

/** Keeps the manifest the worker last fetched, so the offline page can name pages without the network. */
export async function keepManifest(base: string, manifest: OfflineManifest): Promise<void> {
  await (await caches.open(SAVED_CACHE)).put(manifestKey(base), new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }));
}

/** The manifest as last kept (with the saved sections, or at the worker's last update), for the offline page. */
export async function savedManifest(base: string): Promise<OfflineManifest | undefined> {
  const hit = await (await caches.open(SAVED_CACHE)).match(manifestKey(base));
  return hit ? ((await hit.json()) as OfflineManifest) : undefined;
}

/** The current manifest from the server. */
export async function fetchManifest(base: string): Promise<OfflineManifest> {
  const response = await fetch(`${base}offline-manifest.json`, { cache: 'no-store', headers: { [SAVE_HEADER]: '1' } });
  if (!response.ok) throw new Error(`offline-manifest.json: HTTP ${response.status}`);
  return (await response.json()) as OfflineManifest;
}

/** URLs (with revisions) that the given saved sections need. */
function wanted(manifest: OfflineManifest, sections: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of manifest.sections) {
    if (!sections.includes(s.id)) continue;
    for (const i of s.files) {
      const file = manifest.files[i];
      if (file) out.set(file[0], file[1]);
    }
  }
  return out;
}

/** Downloads what the saved sections need and is missing or changed; deletes what they no longer need. */
async function sync(base: string, manifest: OfflineManifest, sections: string[], onProgress?: (p: Progress) => void): Promise<void> {
  const cache = await caches.open(SAVED_CACHE);
  const state = await readState(base);
  const need = wanted(manifest, sections);
  const size = new Map(manifest.files.map((f) => [f[0], f[2]]));
  const todo = [...need].filter(([url, rev]) => state.revisions[url] !== rev);
  const progress: Progress = { doneBytes: 0, totalBytes: todo.reduce((s, [u]) => s + (size.get(u) ?? 0), 0), doneFiles: 0, totalFiles: todo.length };
  onProgress?.({ ...progress });
  const revisions: Record<string, string> = {};
  for (const [url, rev] of need) if (state.revisions[url] === rev) revisions[url] = rev;
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const [url, rev] = todo[next++]!;
      const response = await fetch(url, { cache: 'no-cache', headers: { [SAVE_HEADER]: '1' } });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      await cache.put(url, response);
      revisions[url] = rev;
      progress.doneFiles += 1;
      progress.doneBytes += size.get(url) ?? 0;
      onProgress?.({ ...progress });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(PARALLEL, todo.length) }, worker));
  } finally {
    // Record what did arrive, so a retry after a failure fetches only the rest.
    await writeState(base, { sections, revisions }, manifest);
  }
  for (const url of Object.keys(state.revisions)) if (!need.has(url)) await cache.delete(url);
}

/** Saves a section (`*` for the whole site) with the index chunks and fragments its pages need. */
export async function saveSection(base: string, manifest: OfflineManifest, id: string, onProgress?: (p: Progress) => void): Promise<void> {
  const state = await readState(base);
  await sync(base, manifest, [...new Set([...state.sections, id])], onProgress);
}

/** Removes a section; files another saved section needs stay. */
export async function removeSection(base: string, manifest: OfflineManifest, id: string): Promise<void> {
  const state = await readState(base);
  await sync(base, manifest, state.sections.filter((s) => s !== id));
}

/** After a deploy: fetches only saved files whose revision changed, drops files the site no longer has. */
export async function refreshSaved(base: string, manifest: OfflineManifest): Promise<void> {
  const state = await readState(base);
  if (state.sections.length === 0) return;
  await sync(base, manifest, state.sections.filter((id) => manifest.sections.some((s) => s.id === id)));
}

/** Sections and the bytes a save would still download (what is saved already is not counted). */
export function pendingBytes(manifest: OfflineManifest, section: OfflineSection, state: SavedState): number {
  return section.files.reduce((sum, i) => {
    const f = manifest.files[i];
    return f && state.revisions[f[0]] !== f[1] ? sum + f[2] : sum;
  }, 0);
}
