/**
 * Where the site teaches each command: the first section, in reading order, whose shell code runs
 * it. A command taught in part 2 and run again in part 6 is taught in part 2; search puts that
 * section first unless the query also names something only the later section has. Derived from
 * the content at build time, so reordering the parts moves it with them.
 */

/** A page as this module reads it: its Markdown body and its heading ids in document order. */
export interface TeachingSource {
  id: string;
  body: string;
  /** The ids the renderer gave the page's headings, in order (the entry's rendered headings). */
  headingIds: readonly string[];
}

/** Commands taught in each section of one page, by heading id ('' for the top of the page). */
export type PageTeaching = Map<string, string[]>;

const SHELL = new Set(['console', 'shell', 'sh', 'bash', 'zsh', 'powershell', 'ps1', 'pwsh', 'bat', 'cmd']);
/** Docker's management commands: their first argument is a subcommand (`docker stack deploy`). */
const MANAGEMENT = new Set(['builder', 'buildx', 'compose', 'config', 'container', 'context', 'image', 'manifest', 'network', 'node', 'plugin', 'secret', 'service', 'stack', 'swarm', 'system', 'trust', 'volume']);
const WORD = /^[a-z][a-z0-9-]*$/;
const PROMPT = /^(?:\$|PS\s?[^>]*>|>)\s/;

/** The `docker …` command a shell line runs (`docker stack deploy`), or null. Prompts and `sudo` are skipped. */
export function dockerCommand(line: string): string | null {
  const words = line.trim().replace(/^(?:\$|PS\s?[^>]*>|>)\s+/, '').replace(/^sudo\s+/, '').split(/\s+/);
  if (words[0] !== 'docker' || !words[1] || !WORD.test(words[1])) return null;
  const sub = words[2];
  return MANAGEMENT.has(words[1]) && sub && WORD.test(sub) ? `docker ${words[1]} ${sub}` : `docker ${words[1]}`;
}

/** Commands a page runs in its shell code blocks and names in inline code, each by section. */
export interface PageCommands {
  run: PageTeaching;
  named: PageTeaching;
}

function add(map: PageTeaching, section: string, command: string): void {
  const list = map.get(section) ?? [];
  if (!list.includes(command)) list.push(command);
  map.set(section, list);
}

/**
 * The commands each section of a body runs in its shell code blocks (in a `console` block, only
 * lines with a prompt: the rest is output) and names in inline code, in order of first use. A
 * section starts at an ATX heading (`## …`) outside code; the n-th heading gets the n-th id.
 */
export function sectionCommands(body: string, headingIds: readonly string[]): PageCommands {
  const out: PageCommands = { run: new Map(), named: new Map() };
  let section = '';
  let headings = 0;
  let fence: { marker: string; shell: boolean; prompted: boolean } | null = null;
  for (const line of body.split(/\r\n|\n|\r/)) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (fence) {
      if (open && open[1]![0] === fence.marker[0] && open[1]!.length >= fence.marker.length && line.trim() === open[1]) fence = null;
      else if (fence.shell && (!fence.prompted || PROMPT.test(line.trim()))) {
        const command = dockerCommand(line);
        if (command) add(out.run, section, command);
      }
      continue;
    }
    if (open) {
      const lang = (open[2] ?? '').toLowerCase();
      fence = { marker: open[1]!, shell: SHELL.has(lang), prompted: lang === 'console' };
      continue;
    }
    if (/^ {0,3}#{1,6}(?:\s|$)/.test(line)) {
      section = headingIds[headings++] ?? section;
      continue;
    }
    for (const [, code] of line.matchAll(/`([^`]+)`/g)) {
      const command = dockerCommand(code!);
      if (command) add(out.named, section, command);
    }
  }
  return out;
}

/**
 * For every page, the commands it teaches, by section: where a command is first run, in reading
 * order; a command no page runs is taught where it is first named (`docker login` in a sentence).
 */
export function teachingSections(pages: readonly TeachingSource[]): Map<string, PageTeaching> {
  const found = pages.map((page) => ({ id: page.id, ...sectionCommands(page.body, page.headingIds) }));
  const out = new Map<string, PageTeaching>();
  const claim = (kind: 'run' | 'named', seen: Set<string>) => {
    for (const page of found) {
      for (const [section, commands] of page[kind]) {
        for (const command of commands) {
          if (seen.has(command)) continue;
          seen.add(command);
          const taught = out.get(page.id) ?? new Map<string, string[]>();
          add(taught, section, command);
          out.set(page.id, taught);
        }
      }
    }
  };
  const ran = new Set<string>();
  claim('run', ran);
  claim('named', ran);
  return out;
}

/** The page's teaching as one metadata value: `id=command,command;id=command` (ids and commands hold none of `=,;`). */
export function formatTeaching(teaching: PageTeaching | undefined): string | null {
  if (!teaching || teaching.size === 0) return null;
  return [...teaching].map(([id, commands]) => `${id}=${commands.join(',')}`).join(';');
}

/** Reads `formatTeaching`'s value back; anything else gives an empty map. */
export function parseTeaching(value: string | undefined): PageTeaching {
  const out: PageTeaching = new Map();
  for (const part of (value ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at >= 0) out.set(part.slice(0, at), part.slice(at + 1).split(',').filter(Boolean));
  }
  return out;
}

/** Whether a query's terms name a command: every word after `docker` is a term, or a term's stem. */
export function namesCommand(command: string, terms: readonly string[]): boolean {
  const words = command.split(' ').slice(1);
  const matches = (word: string, term: string) =>
    word === term || (term.length >= 3 && word.startsWith(term)) || (term.startsWith(word) && term.length - word.length <= 2);
  return words.length > 0 && words.every((word) => terms.some((term) => matches(word, term)));
}
