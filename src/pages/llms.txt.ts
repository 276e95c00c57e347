import type { APIRoute } from 'astro';
import { markdownCopies } from '../markdown-copies.ts';
import { llmsSections, llmsTxt } from '../lib/llms-txt.ts';
import { nodeOf } from '../lib/content-tree.ts';
import { markdownPathForPage } from '../lib/markdown-paths.ts';

const SITE_NAME = 'Docker Get Started';

/** `/llms.txt`: the site in the llmstxt.org format, each page linked by its Markdown copy. */
export const GET: APIRoute = async () => {
  const { tree, absolute } = await markdownCopies();
  const text = llmsTxt({
    title: SITE_NAME,
    summary: nodeOf(tree, tree.rootId).description,
    details: [
      `Each link leads to a page's Markdown copy; the page itself is at the same address without \`index.md\`. [llms-full.txt](${absolute('/llms-full.txt')}) holds every page in reading order.`,
    ],
    sections: llmsSections(tree, (node) => absolute(markdownPathForPage(node.url))),
  });
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
