/** Phone-sized screens fold the parts and "On this page" behind buttons; Escape closes an open one. */
for (const button of document.querySelectorAll<HTMLButtonElement>('.panel-toggle')) {
  const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!panel) continue;
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    panel.toggleAttribute('data-open', open);
  };
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.offsetParent !== null) {
      set(false);
      button.focus();
    }
  });
  // Following a link inside the folded panel closes it, so the page is not hidden behind it.
  panel.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a') && button.offsetParent !== null) set(false);
  });
}

// A module, so its top-level names stay its own.
export {};
