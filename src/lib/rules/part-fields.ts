import { problemAt, type ContentRule } from './content-rule.ts';

/** The fields every series part needs, with what to write for each. */
const FIELDS = [
  { key: 'minutes', hint: 'Add `minutes: 20` to the frontmatter: about how long the part takes, in whole minutes ("About 20 minutes").' },
  { key: 'prerequisites', hint: 'Add `prerequisites:` with one `- item` per line: what the reader needs before starting (`inline code` allowed).' },
  { key: 'outcomes', hint: 'Add `outcomes:` with one `- item` per line: what the reader has at the end of the part ("You will have").' },
] as const;

/**
 * A series part shows "At a glance" (time, prerequisites, what the reader will have) near its
 * top, so a page with `part:` needs all three fields. The schema keeps them optional, for every
 * other page; their shape (a whole number, lists of short strings) is the schema's to check.
 */
export const partFieldsRule: ContentRule = (files) =>
  files.flatMap((file) => {
    const part = file.frontmatter.raw.part;
    if (part === undefined) return [];
    return FIELDS.filter((f) => file.frontmatter.raw[f.key] === undefined).map((f) =>
      problemAt(file, { key: 'part' }, 'part-fields', `Part ${String(part)} has no \`${f.key}:\`; every part of a series needs \`minutes\`, \`prerequisites\` and \`outcomes\``, f.hint),
    );
  });
