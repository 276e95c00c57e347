/** robots.txt that allows every page and names the sitemap by its absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** The file `@astrojs/sitemap` writes at the root of the base: it lists the sitemap files. */
export const SITEMAP_INDEX = 'sitemap-index.xml';
