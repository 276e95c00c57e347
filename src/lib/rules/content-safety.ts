import type { MdastNode } from 'satteri';
import { problemAt, type ContentRule } from './content-rule.ts';
import type { ContentFile } from '../content/content-file.ts';
import { walk } from '../content/content-file.ts';
import { CONTENT_COMPONENT_NAMES, CONTENT_COMPONENT_PROPS } from '../components/content-components.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';

const ALLOWED = new Set(CONTENT_COMPONENT_NAMES);
const COMPONENTS = CONTENT_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ');

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/**
 * Content is text, not code: a pull request on `content/` must not run anything in the build or
 * in the reader's browser. Rejects MDX `import`/`export`, `{expressions}`, and JSX other than
 * the site's own components (with plain string attributes only).
 */
export const contentSafetyRule: ContentRule = (files) => files.flatMap(safetyProblems);

function safetyProblems(file: ContentFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!file.tree) return out;
  const at = (node: MdastNode, message: string, hint: string) => out.push(problemAt(file, node, 'content-safety', message, hint));
  walk(file.tree, (node) => {
    const n = node as { value?: string; name?: string | null; attributes?: JsxAttribute[] };
    if (node.type === 'mdxjsEsm') {
      // One ESM block can hold several statements: report each `import` and `export` at its line.
      (n.value ?? '').split('\n').forEach((text, i) => {
        const keyword = /^\s*(import|export)\b/.exec(text)?.[1];
        if (!keyword) return;
        const line = (node.position?.start.line ?? 1) + i;
        out.push({
          file: file.displayPath, line, column: 1, rule: 'content-safety',
          message: `MDX \`${keyword}\` is not allowed in content`,
          hint: `Content uses the site's components by name without importing them (${COMPONENTS}). To show code, put it in a fenced code block.`,
        });
      });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      at(node, `JavaScript expression \`{${short(n.value ?? '')}}\` is not allowed in content`, 'Write a literal brace as `\\{`, or put code in a fenced code block.');
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = n.name ?? '';
      if (!ALLOWED.has(name)) {
        at(node, `Raw HTML \`<${name}>\` is not allowed in content`, `Use Markdown, or one of the site's components: ${COMPONENTS}.`);
        return;
      }
      for (const attr of n.attributes ?? []) {
        if (attr.type !== 'mdxJsxAttribute') {
          at(node, `Spread attribute in \`<${name}>\` is not allowed in content`, 'Give each attribute a plain string value: `type="tip"`.');
        } else if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
          at(node, `JavaScript expression in attribute \`${attr.name}\` of \`<${name}>\` is not allowed in content`, 'Give the attribute a plain string value: `type="tip"`.');
        } else {
          attributeProblem(name, attr.name ?? '', attr.value, (message, hint) => at(node, message, hint));
        }
      }
    }
  });
  return out;
}

/** An attribute the component does not take, or a value it does not know. */
function attributeProblem(component: string, name: string, value: unknown, report: (message: string, hint: string) => void): void {
  const props = CONTENT_COMPONENT_PROPS[component] ?? {};
  const known = Object.keys(props);
  if (!(name in props)) {
    report(`Unknown attribute \`${name}\` on \`<${component}>\``, `\`<${component}>\` takes ${known.map((k) => `\`${k}\``).join(', ')}.`);
    return;
  }
  const allowed = props[name];
  if (allowed && !allowed.includes(String(value ?? ''))) {
    report(`\`<${component} ${name}="${String(value ?? '')}">\` is not one of the allowed values`, `Use ${allowed.map((v) => `${name}="${v}"`).join(', ')}.`);
  }
}

function short(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 30 ? `${flat.slice(0, 29)}…` : flat;
}

/** Every image needs alt text: screen readers read it, and it shows when the image does not load. */
export const imageAltRule: ContentRule = (files) =>
  files.flatMap((file) => {
    const out: Diagnostic[] = [];
    if (file.tree) {
      walk(file.tree, (node) => {
        const n = node as { url?: string; alt?: string | null };
        if (node.type !== 'image' || (n.alt ?? '').trim() !== '') return;
        out.push(problemAt(file, node, 'image-alt', `Image \`${n.url ?? ''}\` has no alt text`, 'Describe what the image shows between the brackets: `![The app in a browser](./app.png)`.'));
      });
    }
    return out;
  });

/** Two pages with one title look the same in search results and navigation. */
export const duplicateTitleRule: ContentRule = (files) => {
  const first = new Map<string, ContentFile>();
  const out: Diagnostic[] = [];
  for (const file of files) {
    // Raw YAML too: a page with another frontmatter problem still has a title worth comparing.
    const raw = file.frontmatter.raw.title;
    const title = file.frontmatter.data?.title ?? (typeof raw === 'string' ? raw.trim() : '');
    if (!title) continue;
    const key = title.trim().toLowerCase();
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, file);
      continue;
    }
    out.push(problemAt(file, { key: 'title' }, 'duplicate-title', `Title "${title}" is already used by ${earlier.displayPath}`, 'Give each page its own title, so search results and navigation tell them apart.'));
  }
  return out;
};
