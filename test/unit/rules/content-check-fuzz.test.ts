import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { checkContent } from '../../../src/lib/rules/content-rule.ts';
import { countNodes, parseContentBytes, type ContentFile } from '../../../src/lib/content/content-file.ts';
import { listContentEntries, pagePaths } from '../../../src/lib/content/content-set.ts';
import { formatDiagnostic, githubAnnotation, type Diagnostic } from '../../../src/lib/diagnostics/diagnostics.ts';
import { contentRules } from '../../../src/lib/rules/index.ts';
import { contentFilesRule } from '../../../src/lib/rules/content-files.ts';
import { isRuleFault } from '../../../src/lib/rules/guard.ts';
import { diskFileExists } from '../../../src/pipeline/check-content-folder.ts';

/**
 * The check against whatever an editor, a bad merge or a broken download can leave in content/:
 * the real pages, cut, spliced with random bytes, unbalanced fences and tags, deep nesting, very
 * long lines, invalid UTF-8 and keys that name Object.prototype. Fixed seeds, so a failure
 * reproduces; fast-check prints the shrunk counterexample.
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const CONTENT = join(ROOT, 'content');
const entries = listContentEntries(CONTENT, ROOT);
const relPaths = pagePaths(entries);
const originals = relPaths.map((rel) => readFileSync(join(CONTENT, rel)));
const baseline = relPaths.map((rel, i) => parseContentBytes(rel, `content/${rel}`, originals[i]!));
const rules = [...contentRules(diskFileExists(CONTENT)), contentFilesRule(entries, 'content')];
const displayPaths = new Set(entries.map((e) => `content/${e.relPath}`));

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * A change to a file's bytes, as plain data so that fast-check prints a failing case readably.
 * `at` is a fraction of the file's length.
 */
type Mutation =
  | { cut: number }
  | { at: number; remove: number }
  | { at: number; insert: number[] }
  | { at: number; text: string }
  | { frontmatterKey: string }
  | { append: string }
  | { windows: true };

function splice(bytes: Uint8Array, at: number, insert: Uint8Array, remove = 0): Uint8Array {
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, at));
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
}

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = 'at' in m ? Math.floor(bytes.length * m.at) : 0;
  if ('cut' in m) return bytes.slice(0, Math.floor(bytes.length * m.cut));
  if ('remove' in m) return splice(bytes, at, new Uint8Array(0), Math.min(m.remove, bytes.length - at));
  if ('insert' in m) return splice(bytes, at, Uint8Array.from(m.insert));
  if ('text' in m) return splice(bytes, at, utf8(m.text));
  // After the opening `---` line, where frontmatter keys go.
  if ('frontmatterKey' in m) return splice(bytes, Math.min(4, bytes.length), utf8(m.frontmatterKey));
  if ('append' in m) return splice(bytes, bytes.length, utf8(m.append));
  return Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(new TextDecoder().decode(bytes).replace(/\r?\n/g, '\r\n'))]);
}

const applyAll = (bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array => mutations.reduce<Uint8Array>(mutate, bytes);

const where = fc.double({ min: 0, max: 1, noNaN: true });
/** Text spliced in somewhere, as written or on a line of its own. */
const spliced = (text: fc.Arbitrary<string>): fc.Arbitrary<Mutation> =>
  fc.record({ at: where, text: fc.tuple(text, fc.boolean()).map(([t, ownLine]) => (ownLine ? `\n${t}\n` : t)) });

const cut = fc.record({ cut: where });
const deleteRange = fc.record({ at: where, remove: fc.integer({ min: 1, max: 400 }) });
const randomBytes = fc.record({ at: where, insert: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }) });
const unbalanced = spliced(
  fc.constantFrom('```', '~~~', '````python title="x"', '```dockerfile {1-999999999}', '<Aside>', '</Aside>', '<Aside type="tip"', '{', '}', '<', '---', '[', '](', '![', '<!--', '`', '\\', '|', '*', '<div>', '</div>', '"', "'"),
);
const deepNesting = spliced(
  fc
    .tuple(fc.constantFrom('>', '> ', '[', '![', '*', '_', '<Aside>', '(', '{', '1. ', '- ', '</Aside>'), fc.integer({ min: 50, max: 9_500 }))
    .map(([unit, n]) => `${unit.repeat(n)} x`),
);
const nestedList = spliced(fc.integer({ min: 10, max: 300 }).map((n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n')));
const longLine = spliced(
  fc
    .tuple(fc.constantFrom('a', 'é', '🐳', '`', '\\', '#', '[x](#', '![x](./', '```', '<', '%', ' '), fc.integer({ min: 1_000, max: 120_000 }))
    .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length))),
);
/** A long heading, and links and an image whose long targets nearly match it: the suggestion search. */
const longTargets = fc.integer({ min: 1_000, max: 60_000 }).map((n): Mutation => {
  const long = 'b'.repeat(n);
  return { append: `\n\n## ${long}\n\n[x](#${long}c) [y](./${long}.mdx) ![z](https://${long}.example/p.png)\n` };
});
const invalidUtf8 = fc.record({
  at: where,
  insert: fc.constantFrom([0xff], [0xfe, 0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0x80]).map((a) => [...a]),
});
const prototypeKey = fc
  .tuple(fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'), fc.constantFrom('x', '{}', '[1]', 'null', '{ toString: 1 }'))
  .map(([key, value]): Mutation => ({ frontmatterKey: `${key}: ${value}\n` }));
const windows = fc.constant<Mutation>({ windows: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(cut, deleteRange, randomBytes, unbalanced, deepNesting, nestedList, longLine, longTargets, invalidUtf8, prototypeKey, windows);

/** `file:line:column: message [rule]`, then `  hint: …`: one line each, nothing left unprinted. */
const FORMATTED = /^(?<file>[^\n]+?):(?<line>\d+):(?<column>\d+): (?<message>[^\n]+) \[(?<rule>[a-z][a-z0-9-]*)\]\n {2}hint: \S[^\n]*$/;
const GARBLED = /\[object \w+\]|\bundefined\b|\bNaN\b|function \w*\(|\n\s+at /;

function assertWellFormed(d: Diagnostic, files: readonly ContentFile[]): void {
  assert.ok(!isRuleFault(d), `a rule threw: ${d.message}`);
  const text = formatDiagnostic(d);
  const m = FORMATTED.exec(text);
  assert.ok(m, `not well-formed: ${JSON.stringify(text.slice(0, 300))}`);
  assert.doesNotMatch(text, GARBLED);
  assert.ok(text.length <= 1_000, 'a problem prints in a bounded space, however long the line it quotes');
  assert.ok(displayPaths.has(d.file), `names a file in content/: ${d.file}`);
  assert.ok(Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.column) && d.column >= 1, `position ${d.line}:${d.column}`);
  const source = files.find((f) => f.displayPath === d.file)?.source;
  if (source !== undefined) assert.ok(d.line <= source.split(/\r\n|\r|\n/).length + 1, `line ${d.line} is inside ${d.file}`);
  assert.equal(typeof d.hint, 'string');
  assert.ok(!githubAnnotation(d).includes('\n'), 'an annotation is one line');
}

/** Checks the real pages with page `index` replaced by `bytes`; asserts everything the check promises. */
function checkMutated(index: number, bytes: Uint8Array): void {
  const rel = relPaths[index]!;
  const mutated = parseContentBytes(rel, `content/${rel}`, bytes);
  const files = baseline.map((f, i) => (i === index ? mutated : f));
  const diagnostics = checkContent(files, rules);
  for (const d of diagnostics) assertWellFormed(d, files);
  // Bounded effort: the tree, which every rule walks once, grows no faster than the file, and so
  // do the problems reported for it.
  if (mutated.tree) assert.ok(countNodes(mutated.tree) <= bytes.length + 2, `${countNodes(mutated.tree)} nodes for ${bytes.length} bytes`);
  const own = diagnostics.filter((d) => d.file === mutated.displayPath).length;
  assert.ok(own <= bytes.length / 2 + 5, `${own} problems for ${bytes.length} bytes`);
}

test('the real pages pass the check unchanged (the fuzz starts from clean input)', () => {
  assert.ok(relPaths.length >= 5, 'content/ has the tutorial pages');
  assert.deepEqual(checkContent(baseline, rules).map((d) => formatDiagnostic(d)), []);
});

test('mutated and truncated pages never crash the check and only give well-formed problems', () => {
  fc.assert(
    fc.property(fc.nat(relPaths.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) => {
      checkMutated(index, applyAll(originals[index]!, mutations));
    }),
    { seed: 19_2026, numRuns: 150, includeErrorInReport: true },
  );
});

test('a byte-order mark and CRLF change no problem, and no line number', () => {
  fc.assert(
    fc.property(fc.nat(relPaths.length - 1), fc.array(fc.oneof(cut, unbalanced, prototypeKey), { minLength: 1, maxLength: 3 }), (index, mutations) => {
      // Through text and back: a cut inside a character becomes U+FFFD in both versions.
      const text = new TextDecoder().decode(applyAll(originals[index]!, mutations));
      const lf = utf8(text);
      // No CR yet: a lone CR from a mutation is a line break of its own, which CRLF would merge.
      fc.pre(!text.includes('\r'));
      const rel = relPaths[index]!;
      const run = (bytes: Uint8Array) => {
        const files = baseline.map((f, i) => (i === index ? parseContentBytes(rel, `content/${rel}`, bytes) : f));
        return checkContent(files, rules).map((d) => `${d.file}:${d.line}: ${d.message}`).sort();
      };
      const crlf = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text.replace(/\n/g, '\r\n'))]);
      assert.deepEqual(run(crlf), run(lf));
    }),
    { seed: 2026_19, numRuns: 40, includeErrorInReport: true },
  );
});

/*
 * Frontmatter built from YAML's own structure rather than from bytes: anchors and aliases (some
 * with no anchor, some bombs past the alias limit), nesting past the parser's stack, long keys,
 * flow and block styles mixed, duplicate keys, standard and unknown tags, and a second document.
 */

/** A YAML node rendered at an indentation; `depth` bounds the recursion of the generator itself. */
type YamlNode =
  | { scalar: string }
  | { seq: YamlNode[]; flow: boolean }
  | { map: [string, YamlNode][]; flow: boolean }
  | { alias: number }
  | { anchor: number; node: YamlNode }
  | { tag: string; node: YamlNode };

const yamlKey = fc.oneof(
  fc.constantFrom('title', 'description', 'order', 'part', 'series', 'navLabel', '__proto__', 'x', '"quoted: key"', '? [a, b]', '*a0', '&a1 k', '!!str t', '1', 'null', '<<'),
  fc.integer({ min: 1_000, max: 5_000 }).map((n) => 'k'.repeat(n)),
);
const yamlScalar = fc.constantFrom('T', 'A page', '"quoted # text"', "'single'", '1', '-3', '1e400', 'true', 'yes', 'null', '~', '.nan', '2020-01-01', '0x1F', '""', '|\n  block text', '>-\n  folded text', '"\\ud800"', 'a: b', '- x', '[x', '{x');
const yamlTag = fc.constantFrom('!!binary', '!!str', '!!int', '!!float', '!!bool', '!!null', '!!set', '!!omap', '!!pairs', '!!timestamp', '!!map', '!!seq', '!shout', '!<tag:example.com,2026:x>', '!', '!!');

const { node: yamlNode } = fc.letrec<{ node: YamlNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ scalar: yamlScalar }),
    fc.record({ seq: fc.array(tie('node'), { maxLength: 4 }), flow: fc.boolean() }),
    fc.record({ map: fc.array(fc.tuple(yamlKey, tie('node')), { maxLength: 4 }), flow: fc.boolean() }),
    fc.record({ alias: fc.nat(3) }),
    fc.record({ anchor: fc.nat(3), node: tie('node') }),
    fc.record({ tag: yamlTag, node: tie('node') }),
  ),
}));

/** Renders a node inline (flow style) or as block lines at `indent`. */
function renderYaml(node: YamlNode, indent: string, inFlow: boolean): string {
  if ('scalar' in node) return inFlow ? node.scalar.replace(/\n\s*/g, ' ') : node.scalar.replace(/\n/g, `\n${indent}`);
  if ('alias' in node) return `*a${node.alias}`;
  if ('anchor' in node) return `&a${node.anchor} ${renderYaml(node.node, indent, inFlow)}`;
  if ('tag' in node) return `${node.tag} ${renderYaml(node.node, indent, inFlow)}`;
  const inner = `${indent}  `;
  if ('seq' in node) {
    if (node.flow || inFlow || node.seq.length === 0) return `[${node.seq.map((n) => renderYaml(n, inner, true)).join(', ')}]`;
    return node.seq.map((n) => `\n${indent}- ${renderYaml(n, inner, false)}`).join('');
  }
  if (node.flow || inFlow || node.map.length === 0) return `{${node.map.map(([k, v]) => `${k}: ${renderYaml(v, inner, true)}`).join(', ')}}`;
  return node.map.map(([k, v]) => `\n${indent}${k}: ${renderYaml(v, inner, false)}`).join('');
}

/** Top-level lines: keys with generated values, the real title and description among them. */
const yamlMapping = fc
  .array(fc.tuple(yamlKey, yamlNode), { minLength: 0, maxLength: 6 })
  .map((pairs) => ['title: Fuzzed', 'description: A page whose frontmatter is generated.', ...pairs.map(([k, v]) => `${k}: ${renderYaml(v, '  ', false)}`)].join('\n'));

/** An anchor expanded `levels` times, `width` aliases a level: within the alias limit or far past it. */
const aliasBomb = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 2, max: 12 })).map(([levels, width]) => {
  const lines = [`b0: &b0 [${Array(width).fill('x').join(', ')}]`];
  for (let i = 1; i <= levels; i++) lines.push(`b${i}: &b${i} [${Array(width).fill(`*b${i - 1}`).join(', ')}]`);
  return lines.join('\n');
});

/** Lists and mappings nested far past the call stack, in flow or block style. */
const deepYaml = fc.tuple(fc.constantFrom('flow-seq', 'flow-map', 'block-map', 'block-seq', 'mixed'), fc.integer({ min: 20, max: 4_000 })).map(([style, n]) => {
  if (style === 'flow-seq') return `deep: ${'['.repeat(n)}x${']'.repeat(n)}`;
  if (style === 'flow-map') return `deep: ${'{a: '.repeat(n)}x${'}'.repeat(n)}`;
  if (style === 'block-seq') return `deep:\n${Array.from({ length: Math.min(n, 1_500) }, (_, i) => `${' '.repeat(i * 2 + 2)}-`).join('\n')} x`;
  if (style === 'mixed') return `deep:\n${Array.from({ length: Math.min(n, 1_500) }, (_, i) => `${' '.repeat(i + 1)}k${i}: [`).join('\n')}`;
  return `deep:\n${Array.from({ length: Math.min(n, 1_500) }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')} x`;
});

/** Something after the mapping that makes a second document, or a directive before it. */
const secondDocument = fc.constantFrom('...', '...\nmore: x', '--- more: x', '--- |\n  text', '%YAML 1.2', '--- !!map\n? a');

const frontmatterYaml = fc
  .tuple(yamlMapping, fc.option(aliasBomb), fc.option(deepYaml), fc.option(secondDocument))
  .map(([mapping, bomb, deep, extra]) => [mapping, bomb, deep, extra].filter((part) => part !== null).join('\n'));

/** The page `index` with its frontmatter replaced by `yaml`, its body kept. */
function withFrontmatter(index: number, yaml: string): Uint8Array {
  const text = new TextDecoder().decode(originals[index]!);
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return utf8(`---\n${yaml}\n---\n${body}`);
}

test('generated YAML frontmatter (aliases, bombs, deep nesting, tags, long and repeated keys, extra documents) gives located problems, never a throw', () => {
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);
  process.on('warning', onWarning);
  try {
    fc.assert(
      fc.property(fc.nat(relPaths.length - 1), frontmatterYaml, (index, yaml) => {
        const bytes = withFrontmatter(index, yaml);
        checkMutated(index, bytes);
        // Silence means the frontmatter was read and accepted; otherwise the file has a problem.
        const file = parseContentBytes(relPaths[index]!, `content/${relPaths[index]}`, bytes);
        assert.ok(file.frontmatter.data !== null || file.diagnostics.length > 0, 'rejected frontmatter is reported');
        for (const d of file.diagnostics.filter((x) => x.rule === 'frontmatter')) {
          assert.ok(d.line >= 1 && d.line <= yaml.split('\n').length + 2, `a frontmatter problem stands in the frontmatter (line ${d.line}): ${d.message}`);
        }
      }),
      { seed: 2026_33, numRuns: 200, includeErrorInReport: true },
    );
  } finally {
    process.off('warning', onWarning);
  }
  assert.deepEqual(warnings, [], 'no parser writes a warning to stderr');
});

test('an alias bomb past the limit is one problem at the first alias; under the limit it is read', () => {
  const bomb = (levels: number) => withFrontmatter(0, `title: T\ndescription: D\nb0: &b0 [x, x, x]\n${Array.from({ length: levels }, (_, i) => `b${i + 1}: &b${i + 1} [*b${i}, *b${i}, *b${i}]`).join('\n')}`);
  const over = parseContentBytes(relPaths[0]!, `content/${relPaths[0]}`, bomb(5)).diagnostics.filter((d) => d.rule === 'frontmatter');
  assert.deepEqual(over.map((d) => `${d.line}:${d.column} ${d.message}`), ['5:10 YAML aliases here expand to more than 100 values']);
  const under = parseContentBytes(relPaths[0]!, `content/${relPaths[0]}`, bomb(1)).diagnostics.filter((d) => d.rule === 'frontmatter');
  assert.deepEqual(under.map((d) => d.message), ['Unknown frontmatter key `b0`', 'Unknown frontmatter key `b1`']);
});

test('invalid UTF-8 is reported at the line and column of the first bad byte', () => {
  const bytes = Uint8Array.from([...utf8('---\ntitle: T\ndescription: D\n---\n\nCaf'), 0xe9, ...utf8(' crème\n')]);
  const file = parseContentBytes('a.mdx', 'content/a.mdx', bytes);
  assert.equal(formatDiagnostic(file.diagnostics[0]!).split('\n')[0], 'content/a.mdx:6:4: The file is not valid UTF-8 (byte 0xE9 at offset 36) [encoding]');
});
