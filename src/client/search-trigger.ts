// The only search code every page loads: it opens the dialog from the button, Ctrl/Cmd+K or `/`,
// and imports the search module the first time.

const root = document.querySelector<HTMLElement>('[data-search]');
let searchModule: Promise<typeof import('./search.ts')> | undefined;

/** True when a key press is meant for a text field, not for the page. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

function open(): void {
  if (!root) return;
  // A load that failed (the network went while it was on its way) is tried again on the next open.
  searchModule ??= import('./search.ts').catch((error: unknown) => {
    searchModule = undefined;
    throw error;
  });
  void searchModule.then((m) => m.openSearch(root));
}

if (root) {
  // Show the shortcut a Mac reader presses.
  const kbd = root.querySelector('.search-open kbd');
  if (kbd && /Mac|iPhone|iPad/.test(navigator.platform)) kbd.textContent = '⌘ K';
  root.querySelector('.search-open')?.addEventListener('click', (event) => {
    // The button's popover target is the no-script fallback; with script, the modal dialog opens.
    event.preventDefault();
    open();
  });
  document.addEventListener('keydown', (event) => {
    const dialogOpen = root.querySelector('dialog')?.open ?? false;
    if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) {
      event.preventDefault();
      open();
    } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !dialogOpen && !typingIn(event.target)) {
      event.preventDefault();
      open();
    }
  });
}

// A module, so its top-level names stay its own.
export {};
