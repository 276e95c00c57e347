import type { APIRoute, GetStaticPaths } from 'astro';
import { markdownCopies } from '../../markdown-copies.ts';
import { routeSlugForId } from '../../lib/page-urls.ts';

/** A Markdown copy beside every page's HTML: `/get-started/containers/index.md`. */
export const getStaticPaths = (async () => {
  const { pages } = await markdownCopies();
  return pages.map(({ node, markdown }) => ({ params: { slug: routeSlugForId(node.id) }, props: { markdown } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(String(props.markdown), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
