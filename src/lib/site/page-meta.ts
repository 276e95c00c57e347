import { formatDate } from '../content/git-log.ts';
import { editUrl, type RepoConfig } from './repo-config.ts';

/** A page's source facts for its footer: where to edit it and when it last changed. */
export interface PageMeta {
  editUrl: string | null;
  /** ISO date and its readable form; null when git does not know it. */
  lastUpdated: { iso: string; text: string } | null;
}

/** What page facts need from an entry: its content path and its path from the repository root. */
export interface MetaEntry {
  id: string;
  /** Path relative to the content folder (`get-started/containers.mdx`), the key of `dates`. */
  relPath: string;
  /** Path from the project root, which is also its path in the repository. */
  filePath?: string | undefined;
}

/**
 * Looks up each page's edit URL and last-change date. `dates` maps content paths to ISO dates
 * (read once per build by `src/io/git-dates.ts`); a generated page has neither.
 */
export function pageMetaLookup(entries: readonly MetaEntry[], dates: ReadonlyMap<string, string>, repo: RepoConfig | undefined): (id: string) => PageMeta {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return (id) => {
    const entry = byId.get(id);
    const iso = entry ? dates.get(entry.relPath) : undefined;
    return {
      editUrl: entry?.filePath && repo ? editUrl(repo, entry.filePath) : null,
      lastUpdated: iso ? { iso, text: formatDate(iso) } : null,
    };
  };
}
