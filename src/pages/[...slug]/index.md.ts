import type { APIRoute, GetStaticPaths } from 'astro';
import { markdownCopies } from '../../markdown-copies.ts';
import { routeSlug } from '../../lib/routes.ts';

/** The Markdown copy beside every page's HTML, at the route table's `markdown` URL. */
export const getStaticPaths = (async () => {
  const { pages } = await markdownCopies();
  return pages.map(({ route, markdown }) => ({ params: { slug: routeSlug(route) }, props: { markdown } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(String(props.markdown), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
