import type { ContentRule } from '../check-content.ts';
import { linksRule } from './links.ts';
import { contentSafetyRule, duplicateTitleRule, imageAltRule } from './content-safety.ts';
import { navigationRule } from './navigation.ts';
import { codeLanguages } from './code-languages.ts';

/**
 * Every content rule, run by `npm run check` and before every build. Parse errors (frontmatter,
 * MDX syntax) come from parsing itself; the rules here look across the parsed files.
 */
export const contentRules: ContentRule[] = [
  linksRule,
  contentSafetyRule,
  imageAltRule,
  duplicateTitleRule,
  navigationRule,
  codeLanguages,
];
