import type { ContentRule } from './content-rule.ts';
import type { Diagnostic } from '../diagnostics.ts';

const FAULT = 'check could not finish on this file';

/** Whether a diagnostic reports a rule that threw, rather than a problem in the content. */
export function isRuleFault(d: Diagnostic): boolean {
  return d.message.includes(FAULT);
}

/**
 * A rule that cannot take the run down: if it throws, the error becomes one diagnostic on the
 * file that triggers it (found by running the rule on each file alone), and every other rule's
 * problems are still reported.
 */
export function guardRule(name: string, rule: ContentRule): ContentRule {
  return (files) => {
    try {
      return rule(files);
    } catch (err) {
      const culprit = files.find((f) => {
        try {
          rule([f]);
          return false;
        } catch {
          return true;
        }
      });
      const reason = err instanceof Error ? err.message : String(err);
      const problem: Diagnostic = {
        file: culprit?.displayPath ?? files[0]?.displayPath ?? 'content',
        line: 1,
        column: 1,
        message: `The \`${name}\` ${FAULT}: ${reason}`,
        hint: 'This is a fault in the check, not a mistake in the page: report it with the file attached. The other checks ran.',
        rule: name,
      };
      return [problem];
    }
  };
}
