import { buildContentTree, generatedSections, type ContentTree, type TreeEntry, type TreeNode } from './content-tree.ts';
import { formatDate, lastUpdatedDates } from './git-dates.ts';
import { editUrl, repoConfigFromEnv } from './repo-config.ts';

/** A page's source facts for its footer: where to edit it and when it last changed. */
export interface PageMeta {
  editUrl: string | null;
  /** ISO date and its readable form; null when git does not know it. */
  lastUpdated: { iso: string; text: string } | null;
}

export interface SiteTree {
  tree: ContentTree;
  generated: TreeNode[];
  metaFor(id: string): PageMeta;
}

/**
 * The tree plus per-page source facts, computed once per build from the collection's entries.
 * `filePath` is the entry's path from the project root, which is also its path in the repository.
 */
export function siteTree(
  entries: readonly (TreeEntry & { filePath?: string | undefined })[],
  env: Record<string, string | undefined> = process.env,
): SiteTree {
  const tree = buildContentTree(entries);
  const repo = repoConfigFromEnv(env);
  const { dates } = lastUpdatedDates(env.CONTENT_DIR || 'content');
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    tree,
    generated: generatedSections(tree),
    metaFor(id) {
      const entry = byId.get(id);
      const iso = entry ? dates.get(entry.relPath) : undefined;
      return {
        editUrl: entry?.filePath ? editUrl(repo, entry.filePath) : null,
        lastUpdated: iso ? { iso, text: formatDate(iso) } : null,
      };
    },
  };
}
