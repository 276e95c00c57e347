import type { ContentRule } from './content-rule.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';

const FAULT = 'check could not finish on this file';
const FAULT_HINT = 'This is a fault in the check, not a mistake in the page: report it with the file attached. The other checks ran.';

/** The first line of what was thrown, without a stack. */
function reasonOf(err: unknown): string {
  try {
    return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
  } catch {
    return 'an error that cannot be shown';
  }
}

/** A step of reading a file (the frontmatter, heading ids) that threw, as one problem on that file. */
export function parseFault(file: string, step: string, err: unknown): Diagnostic {
  return { file, line: 1, column: 1, message: `The \`${step}\` ${FAULT}: ${reasonOf(err)}`, hint: FAULT_HINT, rule: step };
}

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
      return [parseFault(culprit?.displayPath ?? files[0]?.displayPath ?? 'content', name, err)];
    }
  };
}
