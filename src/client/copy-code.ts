/**
 * Copy buttons on code blocks. The text to copy is in the button's `data-copy`, written at build
 * time; this only shows the buttons and puts that text on the clipboard. Without this script
 * (or without a clipboard) the buttons stay hidden and the code is still there to select.
 */
if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.code-copy')) button.hidden = false;
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest?.('button.code-copy');
    if (!(button instanceof HTMLButtonElement)) return;
    const status = button.nextElementSibling;
    let message = 'Copied';
    try {
      await navigator.clipboard.writeText(button.dataset.copy ?? '');
    } catch {
      message = 'Copy failed: select the code instead';
    }
    if (!status) return;
    // The status element is a live region: screen readers announce the new text.
    status.textContent = message;
    setTimeout(() => {
      if (status.textContent === message) status.textContent = '';
    }, 2500);
  });
}

// A module, so its top-level names stay its own.
export {};
