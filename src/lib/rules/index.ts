import type { ContentRule } from './content-rule.ts';
import { linksRule, type FileExists } from './links.ts';
import { contentSafetyRule, duplicateTitleRule, imageAltRule } from './content-safety.ts';
import { navigationRule } from './navigation.ts';
import { codeFencesRule } from './code-fences.ts';

/**
 * Every content rule, run by `npm run check` and before every build. Parse errors (frontmatter,
 * MDX syntax) come from parsing itself; the rules here look across the parsed files.
 */
export function contentRules(fileExists: FileExists): ContentRule[] {
  return [linksRule(fileExists), contentSafetyRule, imageAltRule, duplicateTitleRule, navigationRule, codeFencesRule];
}
