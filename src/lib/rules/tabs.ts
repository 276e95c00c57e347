import type { MdastNode } from 'satteri';
import { problemAt, type ContentRule } from './content-rule.ts';
import type { ContentFile } from '../content/content-file.ts';
import { TAB_SLUG } from '../components/content-components.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
}

const EXAMPLE = '`<Tabs syncKey="os">` then `<Tab value="unix" label="macOS and Linux">…</Tab>` for each variant, then `</Tabs>`';

function isJsx(node: MdastNode, name?: string): boolean {
  const n = node as JsxNode;
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (name === undefined || n.name === name);
}

/** A plain string attribute's value; undefined when absent or not a string (content-safety reports that). */
function attribute(node: MdastNode, name: string): string | undefined {
  const value = (node as JsxNode).attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Tab groups are well formed: `<Tab>` only directly inside `<Tabs>`, at least one in each, every
 * tab with a `label` and a `value` (a short slug, unique in its group: it names the reader's
 * choice in storage and in `?os=windows`), and a `syncKey` of the same shape. Unknown
 * attributes are the content-safety rule's.
 */
export const tabsRule: ContentRule = (files) => files.flatMap(tabProblems);

function tabProblems(file: ContentFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!file.tree) return out;
  const at = (node: MdastNode, message: string, hint: string) => out.push(problemAt(file, node, 'tabs', message, hint));
  // Own stack with each node's parent: Markdown nests as deep as the author types.
  const stack: { node: MdastNode; parent: MdastNode | null }[] = [{ node: file.tree, parent: null }];
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    if (isJsx(node, 'Tabs')) {
      // Inside a paragraph its panels would be blocks in a `<p>`, which HTML does not allow.
      if (node.type === 'mdxJsxTextElement') at(node, '`<Tabs>` is inside a line of text', 'Put `<Tabs>`, each `<Tab>` and their closing tags on lines of their own, with blank lines around the tab contents.');
      groupProblems(node, at);
    }
    if (isJsx(node, 'Tab')) {
      if (!parent || !isJsx(parent, 'Tabs')) at(node, '`<Tab>` is outside a `<Tabs>`', `Put each variant in a tab group: ${EXAMPLE}.`);
      tabAttributeProblems(node, at);
    }
    const children = (node as JsxNode).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, parent: node });
  }
  return out;
}

type Report = (node: MdastNode, message: string, hint: string) => void;

function groupProblems(group: MdastNode, at: Report): void {
  const syncKey = attribute(group, 'syncKey');
  if (syncKey !== undefined && !TAB_SLUG.test(syncKey)) {
    at(group, `\`syncKey="${syncKey}"\` is not a short name of lower-case letters, digits and \`-\``, 'Use a name such as `syncKey="os"`: it is the URL parameter (`?os=windows`) and the key the choice is saved under.');
  }
  const children = (group as JsxNode).children ?? [];
  const tabs = children.filter((c) => isJsx(c, 'Tab'));
  for (const child of children) {
    if (!isJsx(child, 'Tab')) at(child, 'Only `<Tab>` elements go directly inside `<Tabs>`', `Move this into one of the tabs, or out of the group: ${EXAMPLE}.`);
  }
  if (tabs.length === 0) at(group, '`<Tabs>` has no `<Tab>` inside', `Give each variant a tab: ${EXAMPLE}.`);
  const seen = new Set<string>();
  for (const tab of tabs) {
    const value = attribute(tab, 'value');
    if (value === undefined || value === '') continue;
    if (seen.has(value)) at(tab, `Two tabs in one \`<Tabs>\` have \`value="${value}"\``, 'Give each tab of a group its own value: it is how the reader\'s choice is remembered.');
    seen.add(value);
  }
}

function tabAttributeProblems(tab: MdastNode, at: Report): void {
  const label = attribute(tab, 'label');
  const value = attribute(tab, 'value');
  if (label === undefined || label.trim() === '') at(tab, '`<Tab>` has no `label`', 'Add the text its tab shows: `label="Windows (PowerShell)"`.');
  if (value === undefined || value === '') at(tab, '`<Tab>` has no `value`', 'Add a short name for the variant: `value="windows"` (lower-case letters, digits and `-`).');
  else if (!TAB_SLUG.test(value)) at(tab, `\`value="${value}"\` is not a short name of lower-case letters, digits and \`-\``, 'Use a value such as `value="windows"`: it appears in the URL (`?os=windows`).');
}
