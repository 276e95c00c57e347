import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { MARK, parseGitLog } from '../lib/content/git-log.ts';

/** How the dates were found: full history, a shallow clone's partial history, or no git at all. */
export type DateSource = 'git' | 'git-shallow' | 'none';

export interface LastUpdated {
  source: DateSource;
  /** ISO date of the last change per content path (`get-started/containers.mdx`); missing when unknown. */
  dates: Map<string, string>;
}

function git(cwd: string, args: string[]): string | null {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : null;
}

/**
 * Reads the last-change date of every file under `contentDir` with one `git log` per build.
 * Outside git, or for a file git does not know yet, the date is unknown and pages show none.
 * In a shallow clone a file whose only visible commit is the clone's boundary may be older than
 * that commit, so that date is dropped rather than shown wrong.
 */
export function lastUpdatedDates(contentDir: string): LastUpdated {
  const dir = resolve(contentDir);
  const top = git(dir, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return { source: 'none', dates: new Map() };
  const prefix = relative(top, dir).split('\\').join('/');
  const log = git(top, ['log', `--format=${MARK}%H %cI`, '--name-only', '--no-renames', '--', prefix || '.']);
  if (log === null) return { source: 'none', dates: new Map() };
  const shallow = git(top, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  const boundary = shallow ? shallowBoundary(top) : new Set<string>();
  const dates = new Map<string, string>();
  for (const [path, commit] of parseGitLog(log)) {
    if (boundary.has(commit.hash)) continue;
    const rel = prefix === '' ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : null;
    if (rel !== null) dates.set(rel, commit.date);
  }
  return { source: shallow ? 'git-shallow' : 'git', dates };
}

/** The commits a shallow clone cut its history at (listed in `.git/shallow`). */
function shallowBoundary(top: string): Set<string> {
  const path = git(top, ['rev-parse', '--git-path', 'shallow'])?.trim();
  if (!path) return new Set();
  try {
    return new Set(readFileSync(isAbsolute(path) ? path : join(top, path), 'utf8').split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

