import type { Element, ElementContent, Root } from 'hast';
import type { CodeLanguage } from './code-languages.ts';
import type { DockerfileInstruction } from './dockerfile-instructions.ts';

/**
 * The pieces of a rendered code block around Shiki's `pre`: the figure and its caption, the Copy
 * button, the Dockerfile notes. The `shiki-*` transformers in `src/render/` put them together.
 */

/** The block's name: its file name, or else its language. */
export function blockName(language: CodeLanguage, title: string | undefined): string {
  return title ?? language.label;
}

/** The `pre`'s properties: focusable and named, so long lines scroll by keyboard. */
export function preProperties(language: CodeLanguage, title: string | undefined): Element['properties'] {
  return {
    className: ['code'],
    dataLanguage: language.name,
    // Code counts double in search: a command ranks the part that runs it above passing mentions
    // (measured with scripts/search-tune.ts, src/lib/search/browser/README.md).
    dataPagefindWeight: '2',
    tabIndex: 0,
    role: 'group',
    ariaLabel: title && title !== language.label ? `${title}, ${language.label}` : `${language.label} code`,
  };
}

/**
 * The figure around the `pre`, captioned with the file name or the language. A language label is
 * not worth finding in search; a file name is.
 */
export function figureHast(language: CodeLanguage, title: string | undefined, pre: Element): Element {
  const caption = title ? { className: ['code-title'] } : { className: ['code-title', 'code-label'], dataPagefindIgnore: true };
  return el('figure', { className: ['code-block'], dataLanguage: language.name }, [
    el('figcaption', caption, [text(blockName(language, title))]),
    // The space keeps the file name a word of its own in search ("Dockerfile FROM", not "DockerfileFROM").
    text(' '),
    pre,
  ]);
}

/** The Copy button, hidden until the script shows it, and the status line it writes "Copied" into. */
export function copyActionsHast(name: string, copy: string): Element {
  return el('div', { className: ['code-actions'], dataPagefindIgnore: true }, [
    el('button', { type: 'button', className: ['code-copy'], hidden: true, ariaLabel: `Copy ${name}`, dataCopy: copy }, [text('Copy')]),
    el('span', { className: ['code-copy-status'], role: 'status' }, []),
  ]);
}

/** The id of a block's note for an instruction: `code-2-run`. */
export function noteId(blockId: string, instruction: DockerfileInstruction): string {
  return `${blockId}-${instruction.keyword.toLowerCase()}`;
}

/** An instruction keyword: a link to its reference section, described by the block's note for it. */
export function instructionLinkHast(instruction: DockerfileInstruction, blockId: string, keyword: Element): Element {
  return el('a', { className: ['code-instruction'], href: instruction.reference, ariaDescribedBy: [noteId(blockId, instruction)] }, [keyword]);
}

/**
 * The notes of a block's instructions, each once, in order of first use. CSS shows one under the
 * block while its keyword is hovered or focused (`src/styles/code-theme.css`); screen readers get
 * it as the keyword's description.
 */
export function notesHast(blockId: string, instructions: readonly DockerfileInstruction[]): Element {
  return el(
    'div',
    { className: ['code-notes'], dataPagefindIgnore: true },
    instructions.map((i) => el('span', { className: ['code-note'], id: noteId(blockId, i) }, [text(`${i.keyword}: ${i.note}`)])),
  );
}

/** The figure Shiki's root holds once the frame transformer has run. */
export function figureOf(root: Root): Element | undefined {
  return root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figure');
}

/** The text of a hast node. */
export function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** The class names of an element, whether Shiki wrote them as a string or a list. */
export function classesOf(node: Element): string[] {
  const value = node.properties.className ?? node.properties.class;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

export function el(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

export function text(value: string): ElementContent {
  return { type: 'text', value };
}
