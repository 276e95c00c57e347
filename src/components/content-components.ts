import Aside from './Aside.astro';

/**
 * Components that content may use by name, without importing them (content imports are
 * rejected). The route passes these to every page's `<Content />`.
 */
export const contentComponents = { Aside };
