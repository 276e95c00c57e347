import type { APIRoute } from 'astro';
import { markdownCopies } from '../markdown-copies.ts';
import { llmsFullTxt } from '../lib/llms-txt.ts';

/** `/llms-full.txt`: every page's Markdown copy, in reading order. */
export const GET: APIRoute = async () => {
  const { pages } = await markdownCopies();
  return new Response(llmsFullTxt(pages.map((p) => p.markdown)), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
