import { childrenHtml, escapeAttribute, escapeText, Html } from '../html/html-jsx.ts';

/** One `<Tab>` as rendered: its body, and the value and label its `<Tabs>` builds the tab from. */
export class TabHtml extends Html {
  readonly tabValue: string;
  readonly label: string;
  constructor(value: string, label: string, body: string) {
    super(body);
    this.tabValue = value;
    this.label = label;
  }
}

/** `<Tab value="unix" label="macOS and Linux">…</Tab>`: its content, for the `<Tabs>` around it. */
export function tabHtml(props: Record<string, unknown>): Html {
  return new TabHtml(String(props.value ?? ''), String(props.label ?? ''), childrenHtml(props.children));
}

/**
 * `<Tabs syncKey="os">` with `<Tab>` children, as the WAI-ARIA tabs pattern. The HTML shows every
 * variant, each under its label, so a page without JavaScript (and search, and print) has them
 * all; `src/client/tabs.ts` shows the tab list and hides all panels but the chosen one.
 * `group` numbers the groups of one page, so ids are unique on it.
 */
export function tabsHtml(props: Record<string, unknown>, group: number): Html {
  const tabs = [props.children].flat(Infinity).filter((c): c is TabHtml => c instanceof TabHtml);
  const syncKey = typeof props.syncKey === 'string' ? props.syncKey : '';
  const id = (tab: TabHtml) => escapeAttribute(`tabs-${group}-${tab.tabValue}`);
  const buttons = tabs.map((tab, i) =>
    `<button type="button" role="tab" id="${id(tab)}" aria-controls="${id(tab)}-panel" aria-selected="${i === 0}" tabindex="${i === 0 ? 0 : -1}" data-value="${escapeAttribute(tab.tabValue)}">${escapeText(tab.label)}</button>`,
  );
  const panels = tabs.map((tab) =>
    `<div class="tab-panel" role="tabpanel" id="${id(tab)}-panel" aria-labelledby="${id(tab)}" data-value="${escapeAttribute(tab.tabValue)}">` +
      `<p class="tab-label">${escapeText(tab.label)}</p>${tab.value}</div>`,
  );
  return new Html(
    `<div class="tabs" data-tabs="${escapeAttribute(syncKey)}">` +
      `<div class="tabs-list" role="tablist" hidden data-pagefind-ignore>${buttons.join('')}</div>${panels.join('')}</div>`,
  );
}
