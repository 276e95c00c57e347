import { childrenHtml, escapeAttribute, escapeText, Html } from '../html/html-jsx.ts';

export type AsideType = 'note' | 'tip' | 'caution';

const LABELS: Record<AsideType, string> = { note: 'Note', tip: 'Tip', caution: 'Caution' };

/** The aside's kind, `note` unless the props name another. */
function asideType(props: Record<string, unknown>): AsideType {
  return props.type === 'tip' || props.type === 'caution' ? props.type : 'note';
}

/** The label an aside shows above its content (and search indexes): its title, else its kind. */
export function asideLabel(props: Record<string, unknown>): string {
  return typeof props.title === 'string' ? props.title : LABELS[asideType(props)];
}

/**
 * A note, tip or caution inside an article; content writes `<Aside type="caution">…</Aside>`.
 * `role="note"` (not a landmark) lets a page hold many asides; the visible kind is read first,
 * so screen readers hear it even when the aside has its own title.
 */
export function asideHtml(props: Record<string, unknown>): Html {
  const type = asideType(props);
  const label = asideLabel(props);
  const name = typeof props.title === 'string' ? `${LABELS[type]}: ${label}` : label;
  return new Html(
    `<div class="aside aside-${type}" role="note" aria-label="${escapeAttribute(name)}">` +
      `<p class="aside-title">${escapeText(label)}</p>` +
      `<div class="aside-body">${childrenHtml(props.children)}</div></div>`,
  );
}
