/**
 * Tab groups (`<Tabs>`, rendered by src/lib/tabs-html.ts): shows each group's tab list, hides all
 * panels but the chosen one, and moves between tabs with the arrow keys, Home and End (WAI-ARIA
 * tabs, automatic activation). A group with a `syncKey` shares its choice with every group of that
 * key, on this page and (through localStorage) on every other; `?<syncKey>=<value>` in the URL
 * chooses too. Loaded only on pages that have tabs. Without it every variant shows, labelled.
 */
import { chooseTab, tabIndexAfterKey, tabStorageKey } from '../lib/tab-choice.ts';

const groups = [...document.querySelectorAll<HTMLElement>('[data-tabs]')];
const tabsOf = (group: HTMLElement) => [...group.querySelectorAll<HTMLButtonElement>(':scope > [role="tablist"] > [role="tab"]')];

function saved(key: string): string | null {
  try {
    return localStorage.getItem(tabStorageKey(key));
  } catch {
    return null; // storage blocked: the choice holds on this page only
  }
}

function save(key: string, value: string): void {
  try {
    localStorage.setItem(tabStorageKey(key), value);
  } catch {
    // as above
  }
}

/** Shows `value` in one group, if it has it. */
function show(group: HTMLElement, value: string): void {
  if (!tabsOf(group).some((t) => t.dataset.value === value)) return;
  for (const tab of tabsOf(group)) {
    const selected = tab.dataset.value === value;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
    if (panel) panel.hidden = !selected;
  }
}

/** Shows `value` in `group` and, for a synced group, in all groups of its key; keeps `anchor` still on screen. */
function choose(group: HTMLElement, value: string, anchor: HTMLElement): void {
  const key = group.dataset.tabs ?? '';
  const top = anchor.getBoundingClientRect().top;
  for (const g of key ? groups.filter((g) => g.dataset.tabs === key) : [group]) show(g, value);
  if (key) save(key, value);
  // Groups above may have changed height: scroll so the tab the reader used stays where it was.
  window.scrollBy(0, anchor.getBoundingClientRect().top - top);
}

const params = new URLSearchParams(location.search);
for (const group of groups) {
  const tabs = tabsOf(group);
  const key = group.dataset.tabs ?? '';
  const values = tabs.map((t) => t.dataset.value ?? '');
  const fromUrl = key ? params.get(key) : null;
  const value = chooseTab(values, fromUrl, key ? saved(key) : null);
  if (key && fromUrl !== null && value === fromUrl) save(key, value);
  if (value !== undefined) show(group, value);
  for (const panel of group.querySelectorAll<HTMLElement>(':scope > [role="tabpanel"]')) panel.tabIndex = 0;
  group.classList.add('tabs-ready');
  group.querySelector<HTMLElement>(':scope > [role="tablist"]')!.hidden = false;
  group.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLButtonElement>('[role="tab"]');
    if (tab && tabs.includes(tab)) choose(group, tab.dataset.value ?? '', tab);
  });
  group.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(event.target as HTMLButtonElement);
    const next = index === -1 ? null : tabIndexAfterKey(event.key, index, tabs.length);
    if (next === null) return;
    event.preventDefault();
    tabs[next]!.focus();
    choose(group, tabs[next]!.dataset.value ?? '', tabs[next]!);
  });
}

// A choice made in another browser tab of the site applies here too.
window.addEventListener('storage', (event) => {
  for (const group of groups) {
    const key = group.dataset.tabs;
    if (key && event.key === tabStorageKey(key) && event.newValue) show(group, event.newValue);
  }
});

export {};
