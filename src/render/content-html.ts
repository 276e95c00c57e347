import { pathToFileURL } from 'node:url';
import { evaluate } from 'satteri';
import { satteriCollectImagesPlugin, satteriHeadingIdsPlugin, satteriImageMarkerPlugin } from '@astrojs/markdown-satteri';
import type { SiteConfig } from '../lib/site/site-config.ts';
import { Fragment, Html, jsx, jsxs } from '../lib/html/html-jsx.ts';
import { CONTENT_COMPONENTS } from '../lib/components/content-components.ts';
import { markdownPlugins } from './index.ts';

export interface ContentHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface ContentHtml {
  html: string;
  headings: ContentHeading[];
  /** Images the page shows by relative path; Astro optimizes them when the page renders. */
  imagePaths: string[];
  /** The site's components the page uses (`Aside`, `Tabs`…), so the page loads only the scripts it needs. */
  components: string[];
}

/**
 * The components content may use by name (`src/lib/components/content-components.ts`), made for
 * one page: tab groups are numbered per page, and `used` records which ran.
 */
function pageComponents(used: Set<string>) {
  let groups = 0;
  const page = { nextTabGroup: () => ++groups };
  const components: Record<string, (props: Record<string, unknown>) => Html> = {
    StaticHtml: (props) => new Html(String(props.html ?? '')),
  };
  for (const [name, component] of Object.entries(CONTENT_COMPONENTS)) {
    components[name] = (props) => (used.add(name), component.render(props, page));
  }
  return components;
}

/** The plugin chain, made once per settings object (one per build, or per render thread) rather than per page. */
const chains = new WeakMap<SiteConfig, ReturnType<typeof markdownPlugins>>();
function pluginsFor(config: SiteConfig): ReturnType<typeof markdownPlugins> {
  let chain = chains.get(config);
  if (!chain) chains.set(config, (chain = markdownPlugins(config)));
  return chain;
}

/**
 * Renders one content page to HTML: Sätteri compiles the MDX with the site's plugin chain and
 * Astro's own heading ids, and the compiled page runs once with a runtime that builds strings.
 * Static subtrees arrive as ready HTML (`optimizeStatic`), so only components cost a call.
 */
export async function renderContentHtml(source: string, filePath: string, config: SiteConfig): Promise<ContentHtml> {
  const plugins = pluginsFor(config);
  const astro = { frontmatter: {}, headings: [] as ContentHeading[], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const exports = (await evaluate(source, {
    // Astro's own image and heading-id plugins, in the order its Markdown processor runs them.
    mdastPlugins: [...plugins.mdastPlugins, satteriCollectImagesPlugin()],
    hastPlugins: [...plugins.hastPlugins, satteriImageMarkerPlugin(), satteriHeadingIdsPlugin()],
    features: { gfm: true, smartPunctuation: true },
    fileURL: pathToFileURL(filePath),
    elementAttributeNameCase: 'html',
    stylePropertyNameCase: 'css',
    optimizeStatic: { component: 'StaticHtml', prop: 'html' },
    data: { astro },
    Fragment,
    jsx,
    jsxs,
  })) as { default: (props: { components: ReturnType<typeof pageComponents> }) => unknown };
  const used = new Set<string>();
  const out = exports.default({ components: pageComponents(used) });
  return {
    html: out instanceof Html ? out.value : String(out ?? ''),
    headings: astro.headings,
    imagePaths: [...astro.localImagePaths, ...astro.remoteImagePaths],
    components: [...used].sort(),
  };
}
