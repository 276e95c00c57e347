import { createHighlighterCore, type HighlighterCore, type ThemedToken } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { neededGrammars, type CodeGrammar } from './code-languages.ts';
import { dockerfileInstructions, type ArgumentLanguage } from './dockerfile-lines.ts';
import { findDockerfileInstruction, type DockerfileInstruction } from './dockerfile-instructions.ts';

/** The two themes; CSS picks one through `--shiki-light` / `--shiki-dark` variables. */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** One highlighted piece of a line. */
export interface CodeToken {
  content: string;
  /** CSS custom properties for both themes, e.g. `{ '--shiki-light': '#CF222E', '--shiki-dark': '#FF7B72' }`. */
  style: Record<string, string>;
  /** Set on a Dockerfile instruction keyword. */
  instruction?: DockerfileInstruction;
}

/** A highlighted block: tokens per line and the block's own colours. */
export interface HighlightedCode {
  lines: CodeToken[][];
  /** CSS custom properties for the block's text and background in both themes. */
  rootStyle: string;
}

// Only the grammars the site supports are loaded; shiki/core bundles none by itself.
const GRAMMARS = {
  docker: () => import('shiki/langs/docker.mjs'),
  shellscript: () => import('shiki/langs/shellscript.mjs'),
  shellsession: () => import('shiki/langs/shellsession.mjs'),
  yaml: () => import('shiki/langs/yaml.mjs'),
  python: () => import('shiki/langs/python.mjs'),
  json: () => import('shiki/langs/json.mjs'),
  ini: () => import('shiki/langs/ini.mjs'),
} satisfies Record<Exclude<CodeGrammar, 'text'>, () => Promise<unknown>>;

let highlighter: Promise<HighlighterCore> | undefined;

/** The one highlighter of a build, created on first use with only the site's grammars and two themes. */
export function getHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [import('shiki/themes/github-light-default.mjs'), import('shiki/themes/github-dark-default.mjs')],
    langs: neededGrammars().map((grammar) => GRAMMARS[grammar]()),
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/** Highlights code in a grammar; Dockerfiles get shell and JSON arguments and marked instruction keywords. */
export async function highlightCode(code: string, grammar: CodeGrammar): Promise<HighlightedCode> {
  const hl = await getHighlighter();
  const result = tokenize(hl, code, grammar);
  const lines = grammar === 'docker' ? dockerfileLines(hl, code, result.tokens) : result.tokens.map((l) => l.map(toCodeToken));
  return { lines, rootStyle: result.rootStyle || '' };
}

// The light theme's comment grey passes WCAG AA on white only just, and fails on marked or
// changed lines; a darker grey of the same family passes on all of them.
const COLOR_REPLACEMENTS = { [CODE_THEMES.light]: { '#6e7781': '#57606a' } };

function tokenize(hl: HighlighterCore, code: string, lang: CodeGrammar) {
  return hl.codeToTokens(code, { lang, themes: CODE_THEMES, defaultColor: false, colorReplacements: COLOR_REPLACEMENTS });
}

function toCodeToken(t: ThemedToken): CodeToken {
  return { content: t.content, style: { ...t.htmlStyle } };
}

const ARGUMENT_GRAMMAR: Record<Exclude<ArgumentLanguage, 'dockerfile'>, CodeGrammar> = { shell: 'shellscript', json: 'json' };

/**
 * Rebuilds a Dockerfile's lines so each instruction keyword is a token of its own, and the
 * arguments of RUN, CMD and ENTRYPOINT are highlighted as shell or JSON instead of as Dockerfile.
 */
function dockerfileLines(hl: HighlighterCore, code: string, base: ThemedToken[][]): CodeToken[][] {
  const sourceLines = code.split('\n');
  const lines = base.map((l) => l.map(toCodeToken));
  for (const span of dockerfileInstructions(code)) {
    const instruction = findDockerfileInstruction(span.keyword);
    const first = base[span.line] ?? [];
    const keywordStyle = styleAt(first, lineOffset(first), span.start);
    const head = sliceTokens(first, lineOffset(first), 0, span.start);
    const keyword: CodeToken = { content: span.keyword, style: keywordStyle, instruction };
    if (span.argumentLanguage === 'dockerfile') {
      lines[span.line] = [...head, keyword, ...sliceTokens(first, lineOffset(first), span.end, Infinity)];
      continue;
    }
    const text = [(sourceLines[span.line] ?? '').slice(span.end), ...sourceLines.slice(span.line + 1, span.lastLine + 1)].join('\n');
    const args = tokenize(hl, text, ARGUMENT_GRAMMAR[span.argumentLanguage]).tokens.map((l) => l.map(toCodeToken));
    lines[span.line] = [...head, keyword, ...(args[0] ?? [])];
    for (let i = 1; i < args.length; i++) lines[span.line + i] = args[i] ?? [];
  }
  return lines;
}

/** Offset of a line's first character within the whole code (tokens carry whole-code offsets). */
function lineOffset(tokens: ThemedToken[]): number {
  return tokens[0]?.offset ?? 0;
}

/** The style of the token covering a column. */
function styleAt(tokens: ThemedToken[], lineStart: number, column: number): Record<string, string> {
  const hit = tokens.find((t) => t.offset - lineStart <= column && column < t.offset - lineStart + t.content.length);
  return { ...hit?.htmlStyle };
}

/** The tokens of a line cut to the columns [from, to). */
function sliceTokens(tokens: ThemedToken[], lineStart: number, from: number, to: number): CodeToken[] {
  const out: CodeToken[] = [];
  for (const t of tokens) {
    const start = t.offset - lineStart;
    const a = Math.max(from, start);
    const b = Math.min(to, start + t.content.length);
    if (a < b) out.push({ content: t.content.slice(a - start, b - start), style: { ...t.htmlStyle } });
  }
  return out;
}
