import type { MdastNode } from 'satteri';
import { textOf, type ContentFile } from '../../src/lib/content/content-file.ts';

/** The shell a `console` line's prompt names: `$ ` for macOS and Linux, `PS> ` for PowerShell. */
export type Shell = 'unix' | 'powershell';

/** One command of a `console` block, with the lines printed under it. */
export interface ConsoleCommand {
  shell: Shell;
  /** The command as typed, without its prompt. */
  text: string;
  output: string[];
  /** `content/get-started/services.mdx:215`. */
  where: string;
}

/** A `console` block where it stands: its level-2 section, and the tab it sits in, if any. */
export interface ConsoleSession {
  commands: ConsoleCommand[];
  /** The text of the level-2 heading above the block (`Checkpoint`); '' before the first one. */
  section: string;
  /** The index of that heading among the page's top-level nodes (-1 before the first one). */
  sectionIndex: number;
  /** `value` of the `<Tab>` holding the block, and the values of all tabs of its `<Tabs>`. */
  tab: { value: string | null; siblings: string[] } | null;
  where: string;
}

const PROMPTS: [string, Shell][] = [['$ ', 'unix'], ['PS> ', 'powershell']];

/** Splits a `console` block into its commands: a line with a prompt starts one, others are its output. */
export function consoleCommands(value: string, where: (lineInBlock: number) => string): ConsoleCommand[] {
  const commands: ConsoleCommand[] = [];
  value.split('\n').forEach((line, i) => {
    const prompt = PROMPTS.find(([p]) => line.startsWith(p));
    if (prompt) commands.push({ shell: prompt[1], text: line.slice(prompt[0].length), output: [], where: where(i) });
    else commands.at(-1)?.output.push(line);
  });
  return commands;
}

/** The value of a JSX attribute (`value="unix"`), or null. */
export function attribute(node: MdastNode, name: string): string | null {
  const attrs = (node as { attributes?: { name?: string; value?: unknown }[] }).attributes ?? [];
  const found = attrs.find((a) => a.name === name);
  return typeof found?.value === 'string' ? found.value : null;
}

/** Whether a node is the JSX element `<name>`. */
export function isElement(node: MdastNode | undefined, name: string): boolean {
  return node?.type === 'mdxJsxFlowElement' && (node as { name?: string }).name === name;
}

const childrenOf = (node: MdastNode): MdastNode[] => (node as { children?: MdastNode[] }).children ?? [];

/** Every `console` block of a page, in document order, with its section and tab. */
export function consoleSessions(page: ContentFile): ConsoleSession[] {
  const top = page.tree ? childrenOf(page.tree) : [];
  const sessions: ConsoleSession[] = [];
  let section = '';
  let sectionIndex = -1;
  const visit = (node: MdastNode, ancestors: MdastNode[]) => {
    if (node.type === 'code' && (node as { lang?: string | null }).lang === 'console') {
      const first = node.position?.start.line ?? 0;
      const at = (i: number) => `${page.displayPath}:${first + i + 1}`;
      const tabNode = [...ancestors].reverse().find((a) => isElement(a, 'Tab'));
      const tabsNode = [...ancestors].reverse().find((a) => isElement(a, 'Tabs'));
      sessions.push({
        commands: consoleCommands((node as { value: string }).value, at),
        section,
        sectionIndex,
        tab: tabNode && tabsNode
          ? { value: attribute(tabNode, 'value'), siblings: childrenOf(tabsNode).filter((c) => isElement(c, 'Tab')).map((c) => attribute(c, 'value') ?? '') }
          : null,
        where: `${page.displayPath}:${first}`,
      });
    }
    for (const child of childrenOf(node)) visit(child, [...ancestors, node]);
  };
  top.forEach((node, i) => {
    if (node.type === 'heading' && (node as { depth: number }).depth === 2) {
      section = textOf(node);
      sectionIndex = i;
    }
    visit(node, []);
  });
  return sessions;
}

/**
 * The programs a command line runs on this computer: the first word of each part of a pipeline
 * or list (`a | b && c; d`) and of each parenthesis (`$(…)`, PowerShell's `(…)`). Quoted text is
 * dropped first, since `ssh host "grep …"` runs `grep` on the other machine.
 */
export function programsOf(command: string): string[] {
  const unquoted = command.replace(/"[^"]*"|'[^']*'/g, ' ');
  return unquoted
    .split(/\|\||&&|[|;(]/)
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter((word) => /^[A-Za-z_][\w.-]*$/.test(word));
}
