/**
 * Names of the site's components that content may use as JSX, without importing them. Any other
 * tag in content is raw HTML and is rejected. `src/components/content-components.ts` maps each
 * name to its component; keep the two in step.
 */
export const CONTENT_COMPONENT_NAMES: readonly string[] = ['Aside'];
