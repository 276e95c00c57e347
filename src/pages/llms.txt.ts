import type { APIRoute } from 'astro';
import { markdownCopies } from '../markdown-copies.ts';
import { llmsSections, llmsTxt } from '../lib/llms-txt.ts';
import { nodeOf } from '../lib/content-tree.ts';
import { absoluteUrl, markdownCopyOf } from '../lib/routes.ts';

const SITE_NAME = 'Docker Get Started';

/** `/llms.txt`: the site in the llmstxt.org format, each page linked by its Markdown copy. */
export const GET: APIRoute = async () => {
  const { tree, routes } = await markdownCopies();
  const full = absoluteUrl(routes.site, routes.base, '/llms-full.txt');
  const text = llmsTxt({
    title: SITE_NAME,
    summary: nodeOf(tree, tree.rootId).description,
    details: [
      `Each link leads to a page's Markdown copy; the page itself is at the same address without \`index.md\`. [llms-full.txt](${full}) holds every page in reading order.`,
    ],
    sections: llmsSections(tree, (node) => {
      const copy = markdownCopyOf(routes, node.id);
      if (!copy) throw new Error(`The route table has no Markdown copy of ${node.id}.`);
      return copy.absoluteUrl;
    }),
  });
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
