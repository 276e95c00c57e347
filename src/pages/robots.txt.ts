import type { APIRoute } from 'astro';
import { absoluteUrl, robotsTxt } from '../lib/sitemap.ts';

/** Allows crawling and points at the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(site?.href ?? 'http://localhost:4321/', import.meta.env.BASE_URL, '/sitemap.xml');
  return new Response(robotsTxt(sitemap), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
