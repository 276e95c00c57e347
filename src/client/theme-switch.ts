/** The header's light/dark switch: stores the reader's choice, which public/theme-init.js applies on load. */
const root = document.documentElement;
const dark = matchMedia('(prefers-color-scheme: dark)');

function effectiveTheme(): 'light' | 'dark' {
  const chosen = root.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return dark.matches ? 'dark' : 'light';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-switch')) {
  const sync = () => button.setAttribute('aria-pressed', String(effectiveTheme() === 'dark'));
  button.hidden = false;
  sync();
  dark.addEventListener('change', sync);
  button.addEventListener('click', () => {
    const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Private browsing may refuse storage; the switch still works for this page.
    }
    sync();
  });
}

// A module, so its top-level names stay its own.
export {};
