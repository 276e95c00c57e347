import type { ContentRule } from './content-rule.ts';
import { linksRule, type FileExists } from './links.ts';
import { contentSafetyRule, duplicateTitleRule, imageAltRule } from './content-safety.ts';
import { navigationRule } from './navigation.ts';
import { codeFencesRule } from './code-fences.ts';
import { remoteResourcesRule } from './remote-resources.ts';
import { guardRule } from './guard.ts';
import { tabsRule } from './tabs.ts';
import { partFieldsRule } from './part-fields.ts';

/**
 * Every content rule, run by `npm run check` and before every build. Parse errors (frontmatter,
 * MDX syntax) come from parsing itself; the rules here look across the parsed files. The one that
 * needs the folder listing, `contentFilesRule` in `content-files.ts`, is added by the caller.
 */
export function contentRules(fileExists: FileExists): ContentRule[] {
  return [
    guardRule('links', linksRule(fileExists)),
    guardRule('content-safety', contentSafetyRule),
    guardRule('image-alt', imageAltRule),
    guardRule('duplicate-title', duplicateTitleRule),
    guardRule('navigation', navigationRule),
    guardRule('code-fences', codeFencesRule),
    guardRule('remote-resources', remoteResourcesRule),
    guardRule('tabs', tabsRule),
    guardRule('part-fields', partFieldsRule),
  ];
}
