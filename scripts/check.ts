import { formatReport, githubAnnotation, sortDiagnostics, type Diagnostic } from '../src/lib/diagnostics/diagnostics.ts';
import { siteConfigFromEnv } from '../src/lib/site/site-config.ts';
import { runContentCheck } from '../src/pipeline/check-content-folder.ts';

const HELP = `Usage: npm run check [-- <content folder>]

Checks every file in content/ (or the given folder, or CONTENT_DIR) without building the site:
frontmatter, MDX syntax, links and anchors, the content rules, nothing embedded from other
hosts, and that every other file is one a page uses. Prints every problem as
path:line:column: message [rule], with a hint, and exits 1 if there is any; prints nothing when
all is well.
With GITHUB_ACTIONS set, also prints ::error annotations for the pull request's diff.`;

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}

const contentDir = args[0] ?? siteConfigFromEnv(process.env).contentDir;
const diagnostics = checkOrFault(contentDir);

/**
 * Every file's problems; and should the check itself fail past every guard (a fault, never a
 * problem in the content), one problem naming the folder instead of a stack trace.
 */
function checkOrFault(dir: string): Diagnostic[] {
  try {
    return runContentCheck(dir).diagnostics;
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    return [{
      file: dir, line: 1, column: 1, rule: 'check',
      message: `The check could not finish: ${reason}`,
      hint: 'This is a fault in the check, not in the content: report it with the folder attached.',
    }];
  }
}

// Silent on success, like a linter: only problems are worth a contributor's attention.
if (diagnostics.length > 0) {
  console.error(formatReport(diagnostics));
  if (process.env.GITHUB_ACTIONS) {
    for (const d of sortDiagnostics(diagnostics)) console.log(githubAnnotation(d));
  }
  process.exitCode = 1;
}
