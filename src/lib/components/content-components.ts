/**
 * The site's components that content may use as JSX, without importing them: for each, the
 * attributes it accepts (a list of allowed values, or `null` for any text) and how it renders.
 * Any other tag in content is raw HTML and is rejected by the check.
 */
import type { Html } from '../html/html-jsx.ts';
import { asideHtml } from './aside-html.ts';
import { tabHtml, tabsHtml } from './tabs-html.ts';

/** What a component knows of the page it renders on. */
export interface RenderContext {
  /** The next number for a tab group on this page, so its ids are unique there. */
  nextTabGroup(): number;
}

export interface ContentComponent {
  props: Readonly<Record<string, readonly string[] | null>>;
  render(props: Record<string, unknown>, page: RenderContext): Html;
}

export const CONTENT_COMPONENTS: Readonly<Record<string, ContentComponent>> = {
  Aside: { props: { type: ['note', 'tip', 'caution'], title: null }, render: (props) => asideHtml(props) },
  Tabs: { props: { syncKey: null }, render: (props, page) => tabsHtml(props, page.nextTabGroup()) },
  Tab: { props: { value: null, label: null }, render: (props) => tabHtml(props) },
};

/** Each component's attributes, as the check reads them. */
export const CONTENT_COMPONENT_PROPS: Readonly<Record<string, ContentComponent['props']>> = Object.fromEntries(
  Object.entries(CONTENT_COMPONENTS).map(([name, c]) => [name, c.props]),
);

/** What a `Tab`'s `value` and a `Tabs`' `syncKey` look like: they appear in ids, storage keys and URLs. */
export const TAB_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Names allowed as JSX in content. */
export const CONTENT_COMPONENT_NAMES: readonly string[] = Object.keys(CONTENT_COMPONENTS);
