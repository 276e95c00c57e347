/** Parsing `git log` output and showing dates; running git is `src/io/git-dates.ts`'s job. */

/** Starts each commit line of the log format, so a file name can never be taken for one. */
export const MARK = '\u0001';

/** The last commit that touched a file. */
export interface FileCommit {
  hash: string;
  /** ISO 8601 commit date. */
  date: string;
}

/**
 * Parses `git log --name-only --format=<MARK>%H %cI` output (newest first) into the last commit
 * of each file, keyed by path from the repository root.
 */
export function parseGitLog(output: string): Map<string, FileCommit> {
  const files = new Map<string, FileCommit>();
  let current: FileCommit | null = null;
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    if (raw.startsWith(MARK)) {
      const [hash = '', date = ''] = raw.slice(MARK.length).trim().split(' ');
      current = { hash, date };
    } else if (line !== '' && current && !files.has(line)) files.set(line, current);
  }
  return files;
}

/** A date for readers: `26 November 2026`, in UTC so a build gives the same text anywhere. */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
