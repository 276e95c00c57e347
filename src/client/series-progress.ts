/**
 * The reader's progress through a series, in localStorage only: "Mark this part done" on a part
 * (which also records it as the part read last), check marks on every list of the series' parts
 * (`data-series-list`), and "Continue where you left off" (`data-series-continue`). Everything it
 * shows is hidden in the HTML, so without this script nothing half-working appears.
 */
import { continuePart, parseProgress, progressStorageKey, withDone, type ProgressPart, type ProgressState } from '../lib/series/series-progress.ts';

/** Reads (no state) or saves a series' progress; where the browser blocks storage there is none. */
function stored(series: string, state?: ProgressState): ProgressState {
  try {
    if (!state) return parseProgress(localStorage.getItem(progressStorageKey(series)));
    localStorage.setItem(progressStorageKey(series), JSON.stringify(state));
  } catch {
    // blocked or full
  }
  return state ?? parseProgress(null);
}

/** A check mark after each done part's link: the sign for the eye, "(done)" for screen readers. */
function mark(series: string, state: ProgressState): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`[data-series-list="${series}"] a`)) {
    link.querySelector('.done-mark')?.remove();
    if (state.done.includes(link.pathname)) {
      link.insertAdjacentHTML('beforeend', '<span class="done-mark"><span aria-hidden="true">✓</span><span class="visually-hidden"> (done)</span></span>');
    }
  }
}

for (const list of document.querySelectorAll<HTMLElement>('[data-series-list]')) mark(list.dataset.seriesList!, stored(list.dataset.seriesList!));

const control = document.querySelector<HTMLElement>('[data-part-done]');
if (control) {
  const { series = '', part = '' } = control.dataset;
  const button = control.firstElementChild as HTMLButtonElement;
  const show = (state: ProgressState) => {
    button.textContent = state.done.includes(part) ? 'Done ✓ — undo' : 'Mark this part done';
    mark(series, state);
  };
  show(stored(series, { ...stored(series), last: part }));
  button.addEventListener('click', () => {
    const state = stored(series);
    show(stored(series, withDone(state, part, !state.done.includes(part))));
  });
  control.hidden = false;
}

for (const box of document.querySelectorAll<HTMLElement>('[data-series-continue]')) {
  const target = continuePart(JSON.parse(box.dataset.parts!) as ProgressPart[], stored(box.dataset.seriesContinue!));
  if (!target) continue;
  box.querySelector('a')!.href = target[0];
  box.querySelector('span')!.textContent = target[1];
  box.hidden = false;
}

export {};
