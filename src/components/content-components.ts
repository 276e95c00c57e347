import Aside from './Aside.astro';

/**
 * Components that content may use by name, without importing them (content imports are
 * rejected). The route passes these to every page's `<Content />`.
 */
export const contentComponents = { Aside };

/** Names allowed as JSX in content; any other tag is an error. */
export const CONTENT_COMPONENT_NAMES: readonly string[] = ['Aside'];
