/** Where a page's Markdown copy lives: `index.md` beside the page's `index.html`. */
export function markdownPathForPage(pageUrl: string): string {
  return `${pageUrl.endsWith('/') ? pageUrl : `${pageUrl}/`}index.md`;
}
