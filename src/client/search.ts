// The search dialog: loads Pagefind from the site's own bundle on first use, runs a query per
// keystroke, and renders results as a listbox the keyboard drives through the combobox input.
import { excerptRuns } from '../lib/search/browser/excerpt.ts';
import { searchCacheTag } from './search-cache-tag.ts';
import { parseQuery, rankPages, shownSections, type PageResult } from '../lib/search/browser/section-rank.ts';
import { checkQuery, VocabularyIndex, type QueryCheck } from '../lib/search/browser/did-you-mean.ts';
import { RANKING, RESULT_PAGES, SHOWN_SECTIONS } from '../lib/search/browser/ranking.ts';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PageResult> }[] } | null>;
}

export const FILE_MESSAGE =
  'Search needs the site served over HTTP, which a page opened from a file cannot use. ' +
  'Run `npm start` in the project folder, or serve the built folder with any static web server, and open it from there.';

interface Ui {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  list: HTMLUListElement;
  status: HTMLElement;
  pagefind?: Promise<Pagefind>;
  /** Words for did-you-mean, fetched when search opens; empty when the file cannot load. */
  vocabulary?: Promise<VocabularyIndex>;
  active: number;
  seq: number;
}

let current: Ui | undefined;

/** Loads the Pagefind bundle that the build (or the dev server) publishes under the base path. */
async function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  const [pagefind, metaCacheTag] = await Promise.all([import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>, searchCacheTag()]);
  await pagefind.options({ baseUrl: base, excerptLength: 24, ranking: RANKING, ...(metaCacheTag ? { metaCacheTag } : {}) });
  await pagefind.init();
  return pagefind;
}

/** The site's word list for did-you-mean, beside the Pagefind bundle (src/pipeline/search-vocabulary.ts). */
async function loadVocabulary(bundle: string): Promise<VocabularyIndex> {
  try {
    const response = await fetch(`${bundle}search-vocabulary.json`);
    // Without it search works as before, only without suggestions.
    return new VocabularyIndex(response.ok ? await response.json() : { words: [] });
  } catch {
    return new VocabularyIndex({ words: [] });
  }
}

/** Appends an excerpt as text nodes and `<mark>` elements only. */
function appendExcerpt(parent: HTMLElement, html: string): void {
  for (const run of excerptRuns(html)) {
    if (run.mark) parent.append(Object.assign(document.createElement('mark'), { textContent: run.text }));
    else parent.append(run.text);
  }
}

function option(ui: Ui, href: string, title: string, excerpt: string, detail: string, sub: boolean): HTMLLIElement {
  const li = document.createElement('li');
  li.id = `search-option-${ui.list.children.length}`;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.className = sub ? 'search-result search-sub' : 'search-result';
  const link = Object.assign(document.createElement('a'), { href, tabIndex: -1 });
  link.append(Object.assign(document.createElement('span'), { className: 'search-title', textContent: title }));
  if (detail) link.append(Object.assign(document.createElement('span'), { className: 'search-detail', textContent: detail }));
  const text = document.createElement('span');
  text.className = 'search-excerpt';
  appendExcerpt(text, excerpt);
  link.append(text);
  li.append(link);
  return li;
}

/** Marks one option as the active descendant; -1 (or out of range) marks none. */
function setActive(ui: Ui, index: number): void {
  const items = [...ui.list.children] as HTMLElement[];
  ui.active = index >= 0 && index < items.length ? index : -1;
  items.forEach((item, i) => item.setAttribute('aria-selected', String(i === ui.active)));
  const chosen = items[ui.active];
  if (chosen) {
    ui.input.setAttribute('aria-activedescendant', chosen.id);
    chosen.scrollIntoView({ block: 'nearest' });
  } else ui.input.removeAttribute('aria-activedescendant');
}

/** A listbox option that runs a corrected query instead of opening a page. */
function suggestionOption(ui: Ui, suggestion: string): HTMLLIElement {
  const li = document.createElement('li');
  li.id = `search-option-${ui.list.children.length}`;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.className = 'search-result search-suggestion';
  const button = Object.assign(document.createElement('button'), { type: 'button', tabIndex: -1 });
  button.append('Search for ', Object.assign(document.createElement('span'), { className: 'search-title', textContent: suggestion }));
  button.addEventListener('click', () => {
    ui.input.value = suggestion;
    ui.input.focus();
    ui.input.dispatchEvent(new Event('input'));
  });
  li.append(button);
  return li;
}

/** The status line: the count, or which words no page has and what to try instead; then what is not saved. */
function statusText(total: number, term: string, check: QueryCheck, unsaved: number): string {
  return countText(total, term, check) + (unsaved ? ` ${unsaved} of them ${unsaved === 1 ? 'is' : 'are'} not saved for offline reading.` : '');
}

function countText(total: number, term: string, check: QueryCheck): string {
  const count = `${total} ${total === 1 ? 'page matches' : 'pages match'}`;
  if (check.unknown.length === 0) return total === 0 ? `No results for “${term}”.` : `${count} “${term}”.`;
  const missing = `No page has “${check.unknown.join(' ')}”.`;
  const offer = check.suggestion ? ` Did you mean “${check.suggestion}”?` : '';
  const partial = total === 0 ? '' : ` ${count} part of “${term}”.`;
  return missing + offer + partial;
}

function render(ui: Ui, pages: PageResult[], total: number, term: string, check: QueryCheck, unsaved = 0): void {
  // A re-render of the same query keeps the reader's place.
  const keep = ui.list.dataset.term === term ? ui.active : -1;
  ui.list.dataset.term = term;
  ui.list.replaceChildren();
  // The correction comes first, so the first arrow key reaches it.
  if (check.suggestion) ui.list.append(suggestionOption(ui, check.suggestion));
  for (const ranked of rankPages(pages, parseQuery(term))) {
    const page = ranked.page;
    const title = page.meta.title ?? page.url;
    const part = page.meta.part ? `Part ${page.meta.part}` : '';
    // The page's own result leads to its best section, named beside the title.
    const section = ranked.target?.section;
    const detail = [part, section?.title].filter(Boolean).join(' › ');
    ui.list.append(option(ui, ranked.href, title, section?.excerpt ?? page.excerpt, detail, false));
    for (const s of shownSections(ranked, SHOWN_SECTIONS)) ui.list.append(option(ui, s.url, s.title, s.excerpt, title, true));
  }
  setActive(ui, keep);
  ui.input.setAttribute('aria-expanded', String(ui.list.children.length > 0));
  const status = statusText(total, term, check, unsaved);
  // Set only on change, so a screen reader hears each count once.
  if (ui.status.textContent !== status) ui.status.textContent = status;
}

async function runSearch(ui: Ui, bundle: string, base: string): Promise<void> {
  const term = ui.input.value.trim();
  const mine = ++ui.seq;
  if (term === '') {
    ui.list.replaceChildren();
    delete ui.list.dataset.term;
    ui.input.setAttribute('aria-expanded', 'false');
    ui.status.textContent = '';
    return;
  }
  if (location.protocol === 'file:') {
    ui.status.textContent = FILE_MESSAGE;
    return;
  }
  ui.pagefind ??= loadPagefind(bundle, base);
  try {
    const pagefind = await ui.pagefind;
    const found = await pagefind.search(term);
    if (mine !== ui.seq || !found) return;
    // The pages are ranked together (a page with the whole query in one section first), so all
    // their data is awaited; it is fetched at once. Offline, a result whose page was neither read
    // nor saved has no excerpt to load: counted, not fatal.
    const all = await Promise.all(found.results.slice(0, RESULT_PAGES).map((r) => r.data().catch(() => null)));
    if (mine !== ui.seq) return;
    const pages = all.filter((p) => p !== null);
    ui.vocabulary ??= loadVocabulary(bundle);
    const check = checkQuery(term, await ui.vocabulary);
    if (mine !== ui.seq) return;
    render(ui, pages, found.results.length, term, check, all.length - pages.length);
  } catch (err) {
    ui.pagefind = undefined;
    if (mine === ui.seq) ui.status.textContent = `Search could not load (${err instanceof Error ? err.message : String(err)}). Type again to retry.`;
  }
}

function setUp(root: HTMLElement): Ui {
  const ui: Ui = {
    dialog: root.querySelector('dialog') as HTMLDialogElement,
    input: root.querySelector('#search-input') as HTMLInputElement,
    list: root.querySelector('[role="listbox"]') as HTMLUListElement,
    status: root.querySelector('[role="status"]') as HTMLElement,
    active: -1,
    seq: 0,
  };
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const base = root.dataset.base ?? '/';
  root.querySelector<HTMLElement>('.search-fallback')?.setAttribute('hidden', '');
  ui.input.addEventListener('input', () => void runSearch(ui, bundle, base));
  ui.input.addEventListener('keydown', (event) => {
    const count = ui.list.children.length;
    if (event.key === 'ArrowDown' && count) setActive(ui, (ui.active + 1) % count);
    else if (event.key === 'ArrowUp' && count) setActive(ui, ui.active <= 0 ? count - 1 : ui.active - 1);
    else if (event.key === 'Home' && count && ui.active >= 0) setActive(ui, 0);
    else if (event.key === 'End' && count && ui.active >= 0) setActive(ui, count - 1);
    else if (event.key === 'Enter' && count) {
      const chosen = ui.list.children[Math.max(ui.active, 0)];
      const link = chosen?.querySelector('a');
      if (link) {
        ui.dialog.close();
        link.click();
      } else chosen?.querySelector('button')?.click();
    } else if (event.key === 'Escape') {
      // A search field would only clear itself on the first Escape; the help text promises closing.
      ui.dialog.close();
    } else return;
    event.preventDefault();
  });
  root.querySelector('.search-close')?.addEventListener('click', () => ui.dialog.close());
  // A click on the backdrop (the dialog box itself, outside its content) closes it.
  ui.dialog.addEventListener('click', (event) => {
    if (event.target === ui.dialog) ui.dialog.close();
  });
  ui.list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) ui.dialog.close();
  });
  return ui;
}

/** Opens the search dialog with the box focused, and starts loading the index. */
export function openSearch(root: HTMLElement): void {
  current ??= setUp(root);
  const ui = current;
  if (ui.dialog.matches(':popover-open')) ui.dialog.hidePopover();
  if (!ui.dialog.open) ui.dialog.showModal();
  ui.input.focus();
  ui.input.select();
  if (location.protocol === 'file:') ui.status.textContent = FILE_MESSAGE;
  else if (!ui.pagefind) {
    ui.pagefind = loadPagefind(root.dataset.bundle ?? '/pagefind/', root.dataset.base ?? '/');
    // A failed load is reported when the reader types (runSearch), not as an unhandled rejection.
    ui.pagefind.catch(() => undefined);
  }
  if (location.protocol !== 'file:') ui.vocabulary ??= loadVocabulary(root.dataset.bundle ?? '/pagefind/');
}
