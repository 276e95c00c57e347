import type { APIRoute } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { urlPathForId } from '../lib/page-urls.ts';
import { absoluteUrl, sitemapXml } from '../lib/sitemap.ts';

/** Every page of the site, by absolute URL under the base path. */
export const GET: APIRoute = async ({ site }) => {
  const entries = await getCollection('docs');
  const origin = site?.href ?? 'http://localhost:4321/';
  const urls = entries.map((entry: CollectionEntry<'docs'>) => absoluteUrl(origin, import.meta.env.BASE_URL, urlPathForId(entry.id)));
  return new Response(sitemapXml(urls), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
