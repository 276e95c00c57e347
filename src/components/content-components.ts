import Aside from './Aside.astro';

export { CONTENT_COMPONENT_NAMES } from '../lib/content-component-names.ts';

/**
 * Components that content may use by name, without importing them (content imports are
 * rejected). The route passes these to every page's `<Content />`.
 */
export const contentComponents = { Aside };
