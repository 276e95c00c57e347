/** Escapes text for an XML element. */
function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A sitemap (sitemaps.org 0.9) listing absolute page URLs, sorted so builds are reproducible. */
export function sitemapXml(absoluteUrls: readonly string[]): string {
  const entries = [...new Set(absoluteUrls)].sort().map((u) => `  <url><loc>${xmlEscape(u)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

/** robots.txt that allows every page and names the sitemap by its absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** The absolute URL of a site-relative path under the base (`/get-started/` → `https://x.org/docs/get-started/`). */
export function absoluteUrl(site: string, base: string, path: string): string {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
  return new URL(path.replace(/^\/+/, ''), root).href;
}
