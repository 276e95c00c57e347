import type { ContentRule } from '../check-content.ts';
import { linksRule } from './links.ts';
import { contentSafetyRule, duplicateTitleRule, imageAltRule } from './content-safety.ts';
import { navigationRule } from './navigation.ts';
import { codeLanguages } from './code-languages.ts';
import { remoteResourcesRule } from './remote-resources.ts';
import { guardRule } from './guard.ts';

/**
 * Every content rule, run by `npm run check` and before every build. Parse errors (frontmatter,
 * MDX syntax) come from parsing itself; the rules here look across the parsed files. The one that
 * needs the folder listing, `contentFilesRule` in `content-files.ts`, is added by the caller.
 */
export const contentRules: ContentRule[] = [
  guardRule('links', linksRule),
  guardRule('content-safety', contentSafetyRule),
  guardRule('image-alt', imageAltRule),
  guardRule('duplicate-title', duplicateTitleRule),
  guardRule('navigation', navigationRule),
  guardRule('code-language', codeLanguages),
  guardRule('remote-resources', remoteResourcesRule),
];
