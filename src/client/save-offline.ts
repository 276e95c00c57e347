// The "Save for offline" panel, loaded on first use: what each choice downloads (pages, MB),
// progress while it downloads, and Remove once saved. Live text goes to one role="status" line.
import type { OfflineManifest, OfflineSection } from '../lib/offline/offline-plan.ts';
import { fetchManifest, pendingBytes, readState, removeSection, saveSection, type SavedState } from './offline-store.ts';
import { SAVED_KEY } from './offline-keys.ts';

interface Panel {
  root: HTMLElement;
  toggle: HTMLButtonElement;
  body: HTMLElement;
  status: HTMLElement;
  base: string;
  manifest?: OfflineManifest;
  busy: boolean;
}

const panels = new WeakMap<HTMLElement, Panel>();

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
const pages = (n: number) => `${n} ${n === 1 ? 'page' : 'pages'}`;

function remember(state: SavedState): void {
  localStorage.setItem(SAVED_KEY, JSON.stringify(state.sections));
}

function choices(panel: Panel): OfflineSection[] {
  const m = panel.manifest!;
  const own = m.sections.find((s) => s.id === panel.root.dataset.section);
  const all = m.sections.find((s) => s.id === '*');
  return [own, all].filter((s): s is OfflineSection => s !== undefined && s.pages > 0);
}

async function render(panel: Panel, focusId?: string): Promise<void> {
  const state = await readState(panel.base);
  remember(state);
  const list = document.createElement('ul');
  list.className = 'save-offline-list';
  for (const section of choices(panel)) {
    const saved = state.sections.includes(section.id);
    const covered = !saved && state.sections.includes('*');
    const li = document.createElement('li');
    const label = section.id === '*' ? 'The whole site' : `This section, ${section.title}`;
    const text = document.createElement('span');
    text.textContent = saved
      ? `${label}: saved (${pages(section.pages)}, ${mb(section.bytes)})`
      : covered
        ? `${label}: saved with the whole site`
        : `${label}: ${pages(section.pages)}, ${mb(pendingBytes(panel.manifest!, section, state))} to download`;
    li.append(text);
    if (!covered) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.id = section.id;
      button.dataset.action = saved ? 'remove' : 'save';
      button.textContent = saved ? 'Remove' : 'Save';
      button.setAttribute('aria-label', `${saved ? 'Remove' : 'Save'} ${section.id === '*' ? 'the whole site' : section.title}${saved ? ' from offline reading' : ' for offline reading'}`);
      li.append(' ', button);
    }
    list.append(li);
  }
  panel.body.replaceChildren(list);
  const saving = state.sections.includes('*') || state.sections.includes(panel.root.dataset.section ?? '');
  panel.toggle.textContent = saving ? 'Saved for offline' : 'Save for offline…';
  if (focusId) panel.body.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(focusId)}"]`)?.focus();
}

async function act(panel: Panel, button: HTMLButtonElement): Promise<void> {
  if (panel.busy || !panel.manifest) return;
  const section = panel.manifest.sections.find((s) => s.id === button.dataset.id);
  if (!section) return;
  const name = section.id === '*' ? 'the whole site' : section.title;
  panel.busy = true;
  try {
    if (button.dataset.action === 'remove') {
      await removeSection(panel.base, panel.manifest, section.id);
      panel.status.textContent = `Removed ${name} from offline reading.`;
    } else {
      const bar = document.createElement('progress');
      bar.max = 1;
      bar.value = 0;
      bar.setAttribute('aria-label', `Saving ${name}`);
      panel.body.append(bar);
      button.disabled = true;
      panel.status.textContent = `Saving ${name} for offline reading…`;
      await saveSection(panel.base, panel.manifest, section.id, (p) => {
        bar.max = Math.max(p.totalBytes, 1);
        bar.value = p.doneBytes;
        bar.title = `${p.doneFiles} of ${p.totalFiles} files, ${mb(p.doneBytes)} of ${mb(p.totalBytes)}`;
      });
      panel.status.textContent = `Saved ${name}: ${pages(section.pages)} and their search index work offline.`;
    }
  } catch (err) {
    panel.status.textContent = `Could not finish (${err instanceof Error ? err.message : String(err)}). What was downloaded is kept; try again when online.`;
  } finally {
    panel.busy = false;
    await render(panel, section.id);
    panel.root.dispatchEvent(new Event('offline-change'));
  }
}

/** Opens or closes the panel; the first open fetches the manifest. */
export async function toggle(root: HTMLElement): Promise<void> {
  let panel = panels.get(root);
  if (!panel) {
    panel = {
      root,
      toggle: root.querySelector<HTMLButtonElement>('.save-offline-toggle')!,
      body: root.querySelector<HTMLElement>('.save-offline-panel')!,
      status: root.querySelector<HTMLElement>('.save-offline-status')!,
      base: root.dataset.base ?? '/',
      busy: false,
    };
    panels.set(root, panel);
    const p = panel;
    p.body.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button) void act(p, button);
    });
  }
  const open = panel.toggle.getAttribute('aria-expanded') !== 'true';
  panel.toggle.setAttribute('aria-expanded', String(open));
  panel.body.hidden = !open;
  if (!open) return;
  try {
    panel.manifest ??= await fetchManifest(panel.base);
    await render(panel);
  } catch {
    panel.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'The list of files to save could not load; connect to the network and try again.' }));
  }
}
