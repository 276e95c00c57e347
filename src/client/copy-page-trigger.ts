// The only "Copy page" code a page loads at once. The clipboard write starts inside the click,
// as Safari requires, with the text still on its way: copy-page.ts fetches it on first use.

const button = document.querySelector<HTMLButtonElement>('button[data-copy-page]');

if (button && navigator.clipboard) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const module = import('./copy-page.ts');
    const text = module.then((m) => m.fetchMarkdown(button.dataset.copyPage ?? ''));
    const written =
      typeof ClipboardItem === 'function'
        ? navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) })])
        : text.then((t) => navigator.clipboard.writeText(t));
    void module.then((m) => m.announce(button, text, written));
  });
}

// A module, so its top-level names stay its own.
export {};
