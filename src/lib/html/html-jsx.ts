/**
 * A JSX runtime whose elements are HTML strings. Content pages are compiled MDX with no
 * imports, expressions or unknown components (the content check guarantees it), so running
 * the compiled page with this runtime gives its finished HTML without a bundler.
 */

/** HTML that is already safe to write out as is. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

export function escapeAttribute(text: string): string {
  return text.replace(/[&"<]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&lt;'));
}

/** Children as HTML: text escaped, arrays flattened, nothing for null, undefined or booleans. */
export function childrenHtml(children: unknown): string {
  if (children === null || children === undefined || typeof children === 'boolean') return '';
  if (children instanceof Html) return children.value;
  if (Array.isArray(children)) return children.map(childrenHtml).join('');
  return escapeText(String(children));
}

function styleText(style: unknown): string {
  if (typeof style !== 'object' || style === null) return String(style);
  return Object.entries(style as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}:${String(v)}`)
    .join(';');
}

function attributesHtml(props: Record<string, unknown>): string {
  let out = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === null || value === undefined || value === false) continue;
    if (value === true) out += ` ${name}`;
    else out += ` ${name}="${escapeAttribute(name === 'style' ? styleText(value) : Array.isArray(value) ? value.join(' ') : String(value))}"`;
  }
  return out;
}

export const Fragment = Symbol('Fragment');

/** A component of this runtime: props in, HTML out. */
export type HtmlComponent = (props: Record<string, unknown>) => Html;

/** `jsx(type, props)`: one element, a fragment or a component. */
export function jsx(type: unknown, input: unknown): Html {
  const props = (input ?? {}) as Record<string, unknown>;
  if (type === Fragment) return new Html(childrenHtml(props.children));
  if (typeof type === 'function') return (type as HtmlComponent)(props);
  if (typeof type !== 'string') throw new Error(`Unknown element type ${String(type)} in compiled content.`);
  const open = `<${type}${attributesHtml(props)}>`;
  return new Html(VOID.has(type) ? open : `${open}${childrenHtml(props.children)}</${type}>`);
}

export const jsxs = jsx;
