import type { APIRoute } from 'astro';
import { robotsTxt, SITEMAP_INDEX } from '../lib/site/robots-txt.ts';
import { absoluteUrl } from '../lib/site/routes.ts';

/** Allows crawling and points at the sitemap index. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(site?.href ?? 'http://localhost:4321/', import.meta.env.BASE_URL, `/${SITEMAP_INDEX}`);
  return new Response(robotsTxt(sitemap), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
