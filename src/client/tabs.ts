/**
 * Tab groups (`<Tabs>`, rendered by src/lib/components/tabs-html.ts): shows each group's tab list, hides all
 * panels but the chosen one, and moves between tabs with the arrow keys, Home and End (WAI-ARIA
 * tabs, automatic activation). A group with a `syncKey` shares its choice with every group of that
 * key, on this page and (through localStorage) on every other; `?<syncKey>=<value>` in the URL
 * chooses too. Loaded only on pages that have tabs. Without it every variant shows, labelled.
 */
import { chooseTab, tabIndexAfterKey, tabStorageKey } from '../lib/components/tab-choice.ts';

/** Reads (no value) or saves a choice; null where the browser blocks storage, so it holds on this page only. */
function stored(key: string, value?: string): string | null {
  try {
    if (value === undefined) return localStorage.getItem(tabStorageKey(key));
    localStorage.setItem(tabStorageKey(key), value);
  } catch {
    // blocked or full
  }
  return null;
}

const groups = [...document.querySelectorAll<HTMLElement>('[data-tabs]')];
// The tab list is a group's first child, its tabs the list's children (tabs-html.ts).
const tabsOf = (group: HTMLElement) => [...group.firstElementChild!.children] as HTMLButtonElement[];

/** Shows `value` in one group, if it has it. */
function show(group: HTMLElement, value: string): void {
  const tabs = tabsOf(group);
  if (!tabs.some((t) => t.dataset.value === value)) return;
  for (const tab of tabs) {
    const on = tab.dataset.value === value;
    tab.ariaSelected = String(on);
    tab.tabIndex = on ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls')!)!.hidden = !on;
  }
}

/** Shows the tab's value in its group and every group of the same key; the tab stays put on screen. */
function choose(group: HTMLElement, tab: HTMLElement): void {
  const key = group.dataset.tabs;
  const value = tab.dataset.value!;
  const top = tab.getBoundingClientRect().top;
  for (const g of key ? groups.filter((g) => g.dataset.tabs === key) : [group]) show(g, value);
  if (key) stored(key, value);
  // Groups above may have changed height.
  scrollBy(0, tab.getBoundingClientRect().top - top);
}

const params = new URLSearchParams(location.search);
for (const group of groups) {
  const tabs = tabsOf(group);
  const key = group.dataset.tabs;
  const fromUrl = key ? params.get(key) : null;
  const value = chooseTab(tabs.map((t) => t.dataset.value!), fromUrl, key ? stored(key) : null);
  if (key && value === fromUrl) stored(key, value);
  show(group, value!);
  for (const tab of tabs) document.getElementById(tab.getAttribute('aria-controls')!)!.tabIndex = 0;
  group.classList.add('tabs-ready');
  (group.firstElementChild as HTMLElement).hidden = false;
  group.addEventListener('click', (event) => {
    const tab = event.target instanceof Element && event.target.closest('[role="tab"]');
    if (tab && tabs.includes(tab as HTMLButtonElement)) choose(group, tab as HTMLElement);
  });
  group.addEventListener('keydown', (event) => {
    const at = tabs.indexOf(event.target as HTMLButtonElement);
    const next = at === -1 ? null : tabIndexAfterKey(event.key, at, tabs.length);
    if (next === null) return;
    event.preventDefault();
    tabs[next]!.focus();
    choose(group, tabs[next]!);
  });
}

export {};
