/**
 * Loaded on the first "Copy page" click: fetches the page's Markdown copy (from the offline cache
 * when the service worker has it) and says in the status line whether the copy worked.
 */

/** The Markdown copy's text; rejects with a reader-facing reason when it cannot be had. */
export async function fetchMarkdown(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error('the Markdown copy could not be loaded (offline, and this page is not saved)');
  }
  if (!response.ok) throw new Error(`the Markdown copy could not be loaded (${response.status})`);
  return response.text();
}

let clearTimer: ReturnType<typeof setTimeout> | undefined;

/** Shows, and through the `role="status"` line announces, how the copy went. */
export async function announce(button: HTMLButtonElement, text: Promise<string>, written: Promise<void>): Promise<void> {
  const status = button.parentElement?.querySelector('[role="status"]');
  let message = 'Page copied as Markdown';
  try {
    await Promise.all([text, written]);
  } catch (err) {
    const reason = err instanceof Error && err.message.startsWith('the Markdown') ? err.message : 'the clipboard refused it';
    message = `Could not copy: ${reason}. Use View as Markdown instead.`;
  }
  if (!status) return;
  status.textContent = message;
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => {
    if (status.textContent === message) status.textContent = '';
  }, 4000);
}
