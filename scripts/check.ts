import { formatReport, githubAnnotation, sortDiagnostics } from '../src/lib/diagnostics.ts';
import { siteConfigFromEnv } from '../src/lib/site-config.ts';
import { runContentCheck } from './check-content-folder.ts';

const HELP = `Usage: npm run check [-- <content folder>]

Checks every page in content/ (or the given folder, or CONTENT_DIR) without building the site:
frontmatter, MDX syntax, links and anchors, and the content rules. Prints every problem as
path:line:column: message, with a hint, and exits 1 if there is any; prints nothing when all is well.
With GITHUB_ACTIONS set, also prints ::error annotations for the pull request's diff.`;

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}

const contentDir = args[0] ?? siteConfigFromEnv(process.env).contentDir;
const { diagnostics } = runContentCheck(contentDir);

// Silent on success, like a linter: only problems are worth a contributor's attention.
if (diagnostics.length > 0) {
  console.error(formatReport(diagnostics));
  if (process.env.GITHUB_ACTIONS) {
    for (const d of sortDiagnostics(diagnostics)) console.log(githubAnnotation(d));
  }
  process.exitCode = 1;
}
