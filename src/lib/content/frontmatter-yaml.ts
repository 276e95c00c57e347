/**
 * The YAML of a frontmatter block read into a value, or the first thing wrong with it, located.
 * Nothing in here throws: YAML's resource limits (aliases that expand past the limit, nesting
 * past the call stack) and its exceptions become problems like any syntax error.
 */
import { LineCounter, isAlias, isMap, isScalar, parseDocument, visit, type Document } from 'yaml';

/** Aliases one anchor may expand to before the YAML counts as an alias bomb (the `yaml` package's default). */
export const MAX_ALIAS_COUNT = 100;

/** A top-level key and the offset it starts at. */
export interface YamlKey {
  name: string;
  offset: number;
}

export interface YamlProblem {
  /** Offset in the YAML text where the problem is. */
  offset: number;
  message: string;
  hint: string;
}

export type YamlRead =
  | { ok: true; value: unknown; keys: YamlKey[]; lineCounter: LineCounter }
  | { ok: false; problem: YamlProblem; lineCounter: LineCounter };

const NO_ALIASES = 'Write each value out in full: frontmatter needs no anchors (`&name`) or aliases (`*name`).';
const KEY_VALUE = 'Write one `key: value` per line, starting with `title:` and `description:`.';

/** What a YAML error or warning means for an author, by the `yaml` package's code. */
function explain(code: string, reason: string): Omit<YamlProblem, 'offset'> {
  switch (code) {
    case 'RESOURCE_EXHAUSTION':
      return { message: 'Frontmatter nests lists or mappings too deeply to read', hint: `Frontmatter holds plain values. ${KEY_VALUE}` };
    case 'KEY_OVER_1024_CHARS':
      return { message: 'A frontmatter key runs on for more than 1,024 characters', hint: `Keys are single words such as \`title\`; put a \`: \` after the key. ${KEY_VALUE}` };
    case 'DUPLICATE_KEY':
      return { message: 'A frontmatter key appears twice', hint: 'Keep one line for each key and delete the other.' };
    case 'MULTIPLE_DOCS':
      return { message: 'Frontmatter holds more than one YAML document (a `---` or `...` line inside it)', hint: 'Keep a single block of `key: value` lines between the opening and closing `---` lines.' };
    case 'TAG_RESOLVE_FAILED': {
      const tag = /!\S*/.exec(reason)?.[0];
      return { message: tag ? `Frontmatter cannot read the YAML tag \`${tag}\`` : 'Frontmatter cannot read a YAML tag here', hint: 'Remove the tag: frontmatter values are plain text, whole numbers and true or false.' };
    }
    default:
      return { message: `Invalid YAML in frontmatter: ${reason}`, hint: 'Check indentation and quote values that contain `:` or `#`.' };
  }
}

/** The first alias that no anchor before it defines. */
function unresolvedAlias(doc: Document): YamlProblem | null {
  let found: YamlProblem | null = null;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      found = { offset: node.range?.[0] ?? 0, message: `YAML alias \`*${node.source}\` has no anchor \`&${node.source}\` before it`, hint: NO_ALIASES };
      return visit.BREAK;
    },
  });
  return found;
}

/** Offset of the first alias, where an alias bomb is reported. */
function firstAlias(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** Parses a frontmatter block's YAML; never throws. */
export function readYaml(text: string): YamlRead {
  const lineCounter = new LineCounter();
  const fail = (problem: YamlProblem): YamlRead => ({ ok: false, problem, lineCounter });
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false });
  } catch (err) {
    return fail({ offset: 0, message: `Frontmatter cannot be read as YAML: ${reasonOf(err)}`, hint: KEY_VALUE });
  }
  // Warnings count too: an unknown tag, for one, leaves a value that is not what was written.
  const issue = doc.errors[0] ?? doc.warnings[0];
  if (issue) return fail({ offset: issue.pos[0], ...explain(issue.code, issue.message.split('\n')[0] ?? '') });
  const alias = unresolvedAlias(doc);
  if (alias) return fail(alias);
  if (doc.contents !== null && !isMap(doc.contents)) {
    return fail({ offset: doc.contents.range?.[0] ?? 0, message: 'Frontmatter is not a list of `key: value` lines', hint: KEY_VALUE });
  }
  const keys: YamlKey[] = [];
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    const key = pair.key;
    if (isScalar(key) && !isAlias(key)) {
      keys.push({ name: String(key.value), offset: key.range?.[0] ?? 0 });
      continue;
    }
    const offset = (key as { range?: [number, number] } | null)?.range?.[0] ?? 0;
    return fail({ offset, message: 'A frontmatter key is a list, a mapping or an alias', hint: `Keys are single words such as \`title\`. ${KEY_VALUE}` });
  }
  try {
    // Maps stay Maps: a key that is itself a collection is not turned into text (with a warning on stderr).
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT, mapAsMap: true }), keys, lineCounter };
  } catch (err) {
    if (/alias count/i.test(reasonOf(err))) {
      return fail({ offset: firstAlias(doc), message: `YAML aliases here expand to more than ${MAX_ALIAS_COUNT} values`, hint: NO_ALIASES });
    }
    // Converting recurses once per level: nesting the parser accepted can still exhaust the stack.
    if (err instanceof RangeError) return fail({ offset: 0, ...explain('RESOURCE_EXHAUSTION', '') });
    return fail({ offset: 0, message: `Frontmatter cannot be read: ${reasonOf(err)}`, hint: `Frontmatter holds plain values. ${KEY_VALUE}` });
  }
}

function reasonOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
