import type { MdastNode } from 'satteri';
import { walk, type ContentFile } from '../content/content-file.ts';

/** A file the reader creates, as shown in a titled code block (```python title="app.py"```). */
export interface TutorialFile {
  /** The block's title: the file's name (`Dockerfile`, `app.py`, `docker-compose.yml`). */
  name: string;
  /** The block's language (`dockerfile`, `python`, `yaml`, `text`). */
  lang: string;
  /** The file's text, exactly as the reader copies it. */
  text: string;
  /** Where the block starts, for messages: `content/get-started/containers.mdx:57`. */
  where: string;
  /** The page's series part, when it has one: orders the files across the series. */
  part: number | null;
}

/** Reads `title="…"` (or `title='…'`) from a code fence's meta string; null when there is none. */
export function titleFromMeta(meta: string | null | undefined): string | null {
  if (!meta) return null;
  const m = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** Every titled code block of one parsed page, in document order. */
export function tutorialFilesOf(file: ContentFile): TutorialFile[] {
  if (!file.tree) return [];
  const part = file.frontmatter.data?.part ?? null;
  const found: TutorialFile[] = [];
  walk(file.tree, (node: MdastNode) => {
    if (node.type !== 'code') return;
    const code = node as { lang?: string | null; meta?: string | null; value: string; position?: { start: { line: number } } };
    const name = titleFromMeta(code.meta);
    if (!name) return;
    found.push({
      name,
      lang: code.lang ?? '',
      text: code.value,
      where: `${file.displayPath}:${code.position?.start.line ?? 1}`,
      part,
    });
  });
  return found;
}

/**
 * Every titled code block of the site, in reading order: series parts by number, other pages by
 * path, blocks in document order. When a file is shown more than once, the last block shown is
 * the version the reader ends up with (see `finalVersions`).
 */
export function tutorialFiles(files: readonly ContentFile[]): TutorialFile[] {
  const ordered = [...files].sort(
    (a, b) => (a.frontmatter.data?.part ?? 0) - (b.frontmatter.data?.part ?? 0) || a.relPath.localeCompare(b.relPath),
  );
  return ordered.flatMap(tutorialFilesOf);
}

/** The last version of each file, by name: what the reader's folder holds at the end of the series. */
export function finalVersions(files: readonly TutorialFile[]): Map<string, TutorialFile> {
  const last = new Map<string, TutorialFile>();
  for (const f of files) last.set(f.name, f);
  return last;
}
