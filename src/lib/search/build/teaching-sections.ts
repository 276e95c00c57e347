/**
 * Where the site teaches each command: the first section, in reading order, whose shell code runs
 * it. A command taught in part 2 and run again in part 6 is taught in part 2; search puts that
 * section first unless the query also names something only the later section has. The same holds
 * for a file first shown in a titled code block and a Compose service first defined. Derived from
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

/**
 * The `docker …` command a shell line runs (`docker stack deploy`), or null. Prompts and `sudo`
 * are skipped.
 */
export function dockerCommand(line: string): string | null {
  return dockerCommands(line)[0] ?? null;
}

/**
 * The command a shell line runs, then the command with each option it gives (`docker run`,
 * `docker run -p`, `docker run -d`): the first section to use an option teaches it too.
 */
export function dockerCommands(line: string): string[] {
  const words = line.trim().replace(/^(?:\$|PS\s?[^>]*>|>)\s+/, '').replace(/^sudo\s+/, '').split(/\s+/);
  if (words[0] !== 'docker' || !words[1] || !WORD.test(words[1])) return [];
  const sub = words[2];
  const twoWords = MANAGEMENT.has(words[1]) && sub !== undefined && WORD.test(sub);
  const command = twoWords ? `docker ${words[1]} ${sub}` : `docker ${words[1]}`;
  const options = words.slice(twoWords ? 3 : 2).flatMap((w) => /^(--?[a-z][a-z-]*)(?:=|$)/.exec(w)?.[1] ?? []);
  return [command, ...new Set(options)].map((o, i) => (i === 0 ? o : `${command} ${o}`));
}

/**
 * Reads one line of a Compose file: calls `found` with a service it defines (a key right under
 * `services:`). Returns the indentation of `services:` while inside it, else null.
 */
function composeService(line: string, servicesIndent: number | null, found: (name: string) => void): number | null {
  if (line.trim() === '' || line.trim().startsWith('#')) return servicesIndent;
  const indent = line.length - line.trimStart().length;
  if (/^\s*services:\s*$/.test(line)) return indent;
  if (servicesIndent === null || indent <= servicesIndent) return null;
  const key = /^\s*([a-z][\w-]*):\s*$/.exec(line)?.[1];
  if (key && indent === servicesIndent + 2) found(key);
  return servicesIndent;
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
 * lines with a prompt: the rest is output) and names in inline code in running text, in order of
 * first use, each with the options it is given (`docker run -p`). A
 * section starts at an ATX heading (`## …`) outside code; the n-th heading gets the n-th id.
 */
export function sectionCommands(body: string, headingIds: readonly string[]): PageCommands {
  const out: PageCommands = { run: new Map(), named: new Map() };
  let section = '';
  let headings = 0;
  let fence: { marker: string; shell: boolean; prompted: boolean; compose: boolean; servicesIndent: number | null } | null = null;
  for (const line of body.split(/\r\n|\n|\r/)) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (fence) {
      if (open && open[1]![0] === fence.marker[0] && open[1]!.length >= fence.marker.length && line.trim() === open[1]) fence = null;
      else if (fence.shell && (!fence.prompted || PROMPT.test(line.trim()))) {
        for (const command of dockerCommands(line)) add(out.run, section, command);
      } else if (fence.compose) {
        fence.servicesIndent = composeService(line, fence.servicesIndent, (name) => add(out.run, section, `service ${name}`));
      }
      continue;
    }
    if (open) {
      const lang = (open[2] ?? '').toLowerCase();
      const title = /\btitle="([^"]+)"/.exec(line)?.[1];
      if (title && /^[\w.-]+$/.test(title)) add(out.run, section, `file ${title}`);
      fence = { marker: open[1]!, shell: SHELL.has(lang), prompted: lang === 'console', compose: (lang === 'yaml' || lang === 'yml') && /compose/i.test(title ?? ''), servicesIndent: null };
      continue;
    }
    if (/^ {0,3}#{1,6}(?:\s|$)/.test(line)) {
      section = headingIds[headings++] ?? section;
      continue;
    }
    // Named in running text only: a list or an indented line is a troubleshooting entry or a recap
    // that refers back, not the place a command is introduced.
    if (/^\s*(?:[-*+]|\d+[.)])\s|^\s|^[>|]/.test(line)) continue;
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
  return claimTeaching(pages.map((page) => ({ id: page.id, ...sectionCommands(page.body, page.headingIds) })));
}

/** A page's commands as plain arrays, for a store that keeps JSON (the build's content layer). */
export type StoredCommands = { run: [string, string[]][]; named: [string, string[]][] };

export function storeCommands(commands: PageCommands): StoredCommands {
  return { run: [...commands.run], named: [...commands.named] };
}

export function restoreCommands(stored: StoredCommands): PageCommands {
  return { run: new Map(stored.run), named: new Map(stored.named) };
}

/** `teachingSections` from each page's commands already found, in reading order. */
export function claimTeaching(found: readonly ({ id: string } & PageCommands)[]): Map<string, PageTeaching> {
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

/** One word is a form of the other: the same, or with `s`, `es`, `d` or `ed` added (`images`, `pushed`). */
export function sameWord(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short || (long.startsWith(short) && ['s', 'es', 'd', 'ed'].includes(long.slice(short.length)));
}

/**
 * Whether a query's terms name what a section teaches. A command (`docker stack deploy`): every
 * word after `docker` is a term, or a form of one, an option without its dashes (`-p` is `p`);
 * not a prefix, so `build` names `docker build`, not `docker buildx build`. A Compose service
 * (`service visualizer`): its name. A file (`file docker-compose.yml`): the words of its name but
 * `docker` and the extension, and, for a name with an extension, the word `file` or the extension.
 */
export function namesCommand(taught: string, terms: readonly string[]): boolean {
  const [kind = '', ...rest] = taught.split(' ');
  const has = (word: string) => terms.some((term) => sameWord(word, term));
  if (kind === 'docker') {
    const words = rest.map((w) => w.replace(/^-+/, ''));
    return words.length > 0 && words.every(has);
  }
  if (kind === 'service') return rest.length === 1 && has(rest[0]!);
  if (kind === 'file') {
    const name = (rest[0] ?? '').toLowerCase();
    if (terms.includes(name)) return true;
    const dot = name.lastIndexOf('.');
    const words = (dot > 0 ? name.slice(0, dot) : name).split(/[^a-z0-9]+/).filter(Boolean);
    const own = words.length > 1 ? words.filter((w) => w !== 'docker') : words;
    const saysFile = dot <= 0 || has('file') || has(name.slice(dot + 1));
    return own.length > 0 && own.every(has) && saysFile;
  }
  return false;
}
