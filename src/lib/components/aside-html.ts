import { childrenHtml, escapeAttribute, escapeText, Html } from '../html/html-jsx.ts';

export type AsideType = 'note' | 'tip' | 'caution';

const LABELS: Record<AsideType, string> = { note: 'Note', tip: 'Tip', caution: 'Caution' };

/**
 * A note, tip or caution inside an article; content writes `<Aside type="caution">…</Aside>`.
 * `role="note"` (not a landmark) lets a page hold many asides; the visible kind is read first,
 * so screen readers hear it even when the aside has its own title.
 */
/** The label an aside shows above its content: its title, else its kind. */
export function asideLabel(props: Record<string, unknown>): string {
  const type: AsideType = props.type === 'tip' || props.type === 'caution' ? props.type : 'note';
  return typeof props.title === 'string' ? props.title : LABELS[type];
}

export function asideHtml(props: Record<string, unknown>): Html {
  const type: AsideType = props.type === 'tip' || props.type === 'caution' ? props.type : 'note';
  const title = typeof props.title === 'string' ? props.title : undefined;
  const name = title ? `${LABELS[type]}: ${title}` : LABELS[type];
  return new Html(
    `<div class="aside aside-${type}" role="note" aria-label="${escapeAttribute(name)}">` +
      `<p class="aside-title">${escapeText(title ?? LABELS[type])}</p>` +
      `<div class="aside-body">${childrenHtml(props.children)}</div></div>`,
  );
}
