import type { Element, ElementContent } from 'hast';
import type { CodeLanguage } from './code-languages.ts';
import type { FenceMeta } from './code-meta.ts';
import type { CodeToken, HighlightedCode } from './highlighter.ts';

/** Everything a rendered code block is made of, computed before any HTML is built. */
export interface CodeBlockParts {
  /** Unique on the page; prefixes the ids of the block's instruction notes. */
  id: string;
  language: CodeLanguage;
  meta: Pick<FenceMeta, 'title' | 'marked' | 'ins' | 'del'>;
  highlighted: HighlightedCode;
  /** What the Copy button copies. */
  copy: string;
}

/**
 * The block as HTML (hast): a figure captioned with its file name or language, the scrollable `pre`,
 * a Copy button that stays hidden until the script shows it, and the notes the Dockerfile
 * instruction keywords point to.
 */
export function codeBlockHast(parts: CodeBlockParts): Element {
  const { id, language, meta, highlighted, copy } = parts;
  const name = meta.title ?? language.label;
  const notes = new Map<string, { id: string; text: string }>();
  const noteFor = (token: CodeToken) => {
    const instruction = token.instruction!;
    let note = notes.get(instruction.keyword);
    if (!note) {
      note = { id: `${id}-${instruction.keyword.toLowerCase()}`, text: `${instruction.keyword}: ${instruction.note}` };
      notes.set(instruction.keyword, note);
    }
    return note;
  };

  const lines: ElementContent[] = [];
  highlighted.lines.forEach((tokens, i) => {
    if (i > 0) lines.push(text('\n'));
    lines.push(lineElement(i + 1, meta, tokens.map((t) => (t.instruction ? instructionLink(t, noteFor(t)) : tokenSpan(t)))));
  });

  const children: ElementContent[] = [];
  // The frame names the file, or else the language; the Copy button sits in it, never over code.
  // A language label is not worth finding in search; a file name is.
  const caption = meta.title ? { className: ['code-title'] } : { className: ['code-title', 'code-label'], dataPagefindIgnore: true };
  // The space keeps the file name a word of its own in search ("Dockerfile FROM", not "DockerfileFROM").
  children.push(el('figcaption', caption, [text(name)]), text(' '));
  children.push(
    el(
      'pre',
      {
        className: ['code'],
        dataLanguage: language.name,
        // Code counts double in search: a command ranks the part that runs it above passing mentions
        // (measured with scripts/search-tune.ts, docs/ARCHITECTURE.md).
        dataPagefindWeight: '2',
        style: highlighted.rootStyle,
        tabIndex: 0,
        role: 'group',
        ariaLabel: meta.title && meta.title !== language.label ? `${meta.title}, ${language.label}` : `${language.label} code`,
      },
      [el('code', {}, lines)],
    ),
    el('div', { className: ['code-actions'], dataPagefindIgnore: true }, [
      el('button', { type: 'button', className: ['code-copy'], hidden: true, ariaLabel: `Copy ${name}`, dataCopy: copy }, [text('Copy')]),
      el('span', { className: ['code-copy-status'], role: 'status' }, []),
    ]),
  );
  if (notes.size > 0) {
    children.push(
      el(
        'div',
        { className: ['code-notes'], hidden: true, dataPagefindIgnore: true },
        [...notes.values()].map((n) => el('span', { id: n.id }, [text(n.text)])),
      ),
    );
  }
  return el('figure', { className: ['code-block'], dataLanguage: language.name }, children);
}

/** A line: `mark` when marked, `ins`/`del` when added or removed, else a plain span. */
function lineElement(n: number, meta: CodeBlockParts['meta'], content: ElementContent[]): Element {
  const marked = meta.marked.includes(n);
  const change = meta.ins.includes(n) ? 'ins' : meta.del.includes(n) ? 'del' : undefined;
  const className = ['line'];
  if (marked) className.push('line-mark');
  if (change) className.push(`line-${change}`);
  return el(change ?? (marked ? 'mark' : 'span'), { className }, content);
}

function tokenSpan(token: CodeToken): Element {
  return el('span', { style: styleText(token.style) }, [text(token.content)]);
}

/** An instruction keyword: a link to its reference section, described by its note. */
function instructionLink(token: CodeToken, note: { id: string; text: string }): Element {
  const instruction = token.instruction!;
  return el(
    'a',
    { className: ['code-instruction'], href: instruction.reference, ariaDescribedBy: [note.id], dataNote: note.text },
    [tokenSpan(token)],
  );
}

function styleText(style: Record<string, string>): string {
  return Object.entries(style).map(([k, v]) => `${k}:${v}`).join(';');
}

function el(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
