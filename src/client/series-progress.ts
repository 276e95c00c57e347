/**
 * The reader's progress through a series, in localStorage only: "Mark this part done" on a part
 * (which also records it as the part read last), check marks on every list of the series' parts
 * (`data-series-list`), and "Continue where you left off" (`data-series-continue`). Everything it
 * shows is hidden in the HTML, so without this script nothing half-working appears.
 */
import { continuePart, parseProgress, progressStorageKey, withDone, type ProgressPart, type ProgressState } from '../lib/series-progress.ts';

function read(series: string): ProgressState {
  try {
    return parseProgress(localStorage.getItem(progressStorageKey(series)));
  } catch {
    return parseProgress(null); // storage blocked: no progress to show
  }
}

function write(series: string, state: ProgressState): void {
  try {
    localStorage.setItem(progressStorageKey(series), JSON.stringify(state));
  } catch {
    // as above
  }
}

/** A check mark after each done part's link: the sign for the eye, "(done)" for screen readers. */
function markLists(series: string, state: ProgressState): void {
  for (const list of document.querySelectorAll<HTMLElement>('[data-series-list]')) {
    if (list.dataset.seriesList !== series) continue;
    for (const link of list.querySelectorAll('a')) {
      const done = state.done.includes(new URL(link.href).pathname);
      const mark = link.querySelector('.done-mark');
      if (done && !mark) {
        const sign = Object.assign(document.createElement('span'), { className: 'done-mark', textContent: '✓' });
        sign.setAttribute('aria-hidden', 'true');
        const words = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: ' (done)' });
        link.append(sign, words);
      } else if (!done && mark) {
        mark.nextElementSibling?.remove();
        mark.remove();
      }
    }
  }
}

const seriesOnPage = new Set([...document.querySelectorAll<HTMLElement>('[data-series-list]')].map((l) => l.dataset.seriesList ?? ''));
for (const series of seriesOnPage) markLists(series, read(series));

const control = document.querySelector<HTMLElement>('[data-part-done]');
if (control) {
  const series = control.dataset.series ?? '';
  const part = control.dataset.part ?? '';
  const button = control.querySelector('button')!;
  write(series, { ...read(series), last: part });
  const show = (state: ProgressState) => {
    button.textContent = state.done.includes(part) ? 'Done ✓ — undo' : 'Mark this part done';
    markLists(series, state);
  };
  button.addEventListener('click', () => {
    const state = read(series);
    const next = withDone(state, part, !state.done.includes(part));
    write(series, next);
    show(next);
  });
  show(read(series));
  control.hidden = false;
}

for (const box of document.querySelectorAll<HTMLElement>('[data-series-continue]')) {
  const series = box.dataset.seriesContinue ?? '';
  const target = continuePart(JSON.parse(box.dataset.parts ?? '[]') as ProgressPart[], read(series));
  if (!target) continue;
  box.querySelector('a')!.href = target[0];
  box.querySelector('.series-continue-part')!.textContent = target[1];
  box.hidden = false;
}

export {};
