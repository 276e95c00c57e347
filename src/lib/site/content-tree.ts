import { folderOfId, pathForId, sectionIdOf } from './routes.ts';
import { partGlance, type PartGlance } from '../series/part-glance.ts';

export { sectionIdOf };

/** What the tree needs from one content entry: its id, file path and frontmatter. */
export interface TreeEntry {
  id: string;
  /** Path relative to the content folder (`get-started/containers.mdx`). */
  relPath: string;
  data: {
    title: string;
    description: string;
    order?: number | undefined;
    series?: boolean | undefined;
    part?: number | undefined;
    navLabel?: string | undefined;
    minutes?: number | undefined;
    prerequisites?: readonly string[] | undefined;
    outcomes?: readonly string[] | undefined;
  };
}

/** One page of the site: a content entry, or a section page generated for a folder with no index. */
export interface TreeNode {
  /** Entry id; a generated section page takes the id its `index.mdx` would have. */
  id: string;
  /** Site-relative URL without base (`/get-started/containers/`). */
  url: string;
  title: string;
  /** Label for navigation: `navLabel`, else the title. */
  label: string;
  description: string;
  /** Content file path, or null for a generated section page. */
  relPath: string | null;
  generated: boolean;
  /** True for a folder's index page (real or generated): its children are the folder's pages. */
  isSection: boolean;
  /** True on a series index: its children are numbered parts. */
  series: boolean;
  part: number | null;
  /** A series part's "At a glance" (time, prerequisites, outcomes); null on other pages. */
  glance: PartGlance | null;
  order: number | null;
  parentId: string | null;
  /** Child ids, in reading order. */
  childIds: string[];
}

/** The whole site as a tree, built once per build; page lookups are by id. */
export interface ContentTree {
  rootId: string;
  nodes: Map<string, TreeNode>;
}

/** A readable title for a folder without an index page (`my-tools` → `My tools`). */
export function titleFromFolder(folder: string): string {
  const name = folder.split('/').pop() || 'Home';
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Orders siblings: series parts by part number; otherwise frontmatter `order`, then title. */
export function compareSiblings(a: TreeNode, b: TreeNode): number {
  if (a.part !== null && b.part !== null && a.part !== b.part) return a.part - b.part;
  if (a.part !== null && b.part === null) return -1;
  if (a.part === null && b.part !== null) return 1;
  const ao = a.order ?? Number.POSITIVE_INFINITY;
  const bo = b.order ?? Number.POSITIVE_INFINITY;
  if (ao !== bo) return ao < bo ? -1 : 1;
  return a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id);
}

function isIndexId(id: string): boolean {
  return id === 'index' || id.endsWith('/index');
}

/**
 * Builds the tree from every entry: each page's parent is the index of its folder (for an index,
 * the index of the folder above). A folder with pages but no `index.mdx` gets a generated section
 * page, so every page has a parent. Entries must have distinct ids (the navigation rule checks it).
 */
export function buildContentTree(entries: readonly TreeEntry[]): ContentTree {
  const nodes = new Map<string, TreeNode>();
  for (const entry of entries) {
    nodes.set(entry.id, {
      id: entry.id,
      url: pathForId(entry.id),
      title: entry.data.title,
      label: entry.data.navLabel ?? entry.data.title,
      description: entry.data.description,
      relPath: entry.relPath,
      generated: false,
      isSection: isIndexId(entry.id),
      series: isIndexId(entry.id) && entry.data.series === true,
      part: entry.data.part ?? null,
      glance: partGlance(entry.data.part ?? null, entry.data),
      order: entry.data.order ?? null,
      parentId: null,
      childIds: [],
    });
  }
  // Every folder on the way to a page needs a section page; generate the missing ones.
  const queue = [...nodes.keys()];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (id === 'index') continue;
    const parentId = sectionIdOf(folderOfId(id));
    if (!nodes.has(parentId)) {
      const folder = folderOfId(id);
      nodes.set(parentId, {
        id: parentId,
        url: pathForId(parentId),
        title: titleFromFolder(folder),
        label: titleFromFolder(folder),
        description: folder === '' ? 'All pages of the site.' : `The pages in ${titleFromFolder(folder)}.`,
        relPath: null,
        generated: true,
        isSection: true,
        series: false,
        part: null,
        glance: null,
        order: null,
        parentId: null,
        childIds: [],
      });
      queue.push(parentId);
    }
    nodes.get(id)!.parentId = parentId;
  }
  for (const node of nodes.values()) {
    if (node.parentId !== null) nodes.get(node.parentId)!.childIds.push(node.id);
  }
  for (const node of nodes.values()) {
    node.childIds.sort((a, b) => compareSiblings(nodes.get(a)!, nodes.get(b)!));
  }
  return { rootId: 'index', nodes };
}

/** A node by id; throws when the id is not in the tree (a route and the tree disagree). */
export function nodeOf(tree: ContentTree, id: string): TreeNode {
  const node = tree.nodes.get(id);
  if (!node) throw new Error(`No page with id "${id}" in the content tree.`);
  return node;
}

/** The generated section pages, which need routes of their own. */
export function generatedSections(tree: ContentTree): TreeNode[] {
  return [...tree.nodes.values()].filter((n) => n.generated).sort((a, b) => a.id.localeCompare(b.id));
}

/** The series a page belongs to: its own index if it is a series index, else its parent if that is one. */
export function seriesOf(tree: ContentTree, node: TreeNode): TreeNode | null {
  if (node.series) return node;
  const parent = node.parentId === null ? null : nodeOf(tree, node.parentId);
  return parent?.series ? parent : null;
}

/** A series' numbered parts in part order (pages of the folder without a `part` are not parts). */
export function seriesParts(tree: ContentTree, series: TreeNode): TreeNode[] {
  return series.childIds.map((id) => nodeOf(tree, id)).filter((n) => n.part !== null);
}

/** Every page in reading order: a page, then its children depth-first (series parts in order). */
export function readingOrder(tree: ContentTree): TreeNode[] {
  const out: TreeNode[] = [];
  const visit = (id: string) => {
    const node = nodeOf(tree, id);
    out.push(node);
    for (const child of node.childIds) visit(child);
  };
  visit(tree.rootId);
  return out;
}
