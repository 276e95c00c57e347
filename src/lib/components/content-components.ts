/**
 * The site's components that content may use as JSX, without importing them, with the
 * attributes each accepts: a list of allowed values, or `null` for any text. Any other tag in
 * content is raw HTML and is rejected. `src/render/content-html.ts` maps each name to
 * its component; keep the two in step.
 */
export const CONTENT_COMPONENT_PROPS: Readonly<Record<string, Readonly<Record<string, readonly string[] | null>>>> = {
  Aside: { type: ['note', 'tip', 'caution'], title: null },
  Tabs: { syncKey: null },
  Tab: { value: null, label: null },
};

/** What a `Tab`'s `value` and a `Tabs`' `syncKey` look like: they appear in ids, storage keys and URLs. */
export const TAB_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Names allowed as JSX in content. */
export const CONTENT_COMPONENT_NAMES: readonly string[] = Object.keys(CONTENT_COMPONENT_PROPS);
