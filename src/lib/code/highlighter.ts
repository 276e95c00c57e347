import { createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { neededGrammars, type CodeGrammar } from './code-languages.ts';
import { tokenPalette, type TokenPalette } from './code-token-classes.ts';

/** The two themes; CSS picks one through the `--shiki-light` / `--shiki-dark` variables. */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

// The light theme's comment grey passes WCAG AA on white only just, and fails on marked or
// changed lines; a darker grey of the same family passes on all of them.
export const COLOR_REPLACEMENTS: Record<string, Record<string, string>> = { [CODE_THEMES.light]: { '#6e7781': '#57606a' } };

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

/** The token classes of the two themes (what `src/styles/code-theme.css` is generated from). */
export function codePalette(hl: HighlighterCore): TokenPalette {
  return tokenPalette({ light: hl.getTheme(CODE_THEMES.light), dark: hl.getTheme(CODE_THEMES.dark) }, COLOR_REPLACEMENTS);
}

/**
 * The options every highlighting call shares: both themes as CSS variables, the replaced colours,
 * and no time limit per line: Shiki's default (500 ms) leaves the rest of a line unhighlighted
 * when a busy machine is slow to compile a grammar's first patterns, so output would depend on load.
 */
export const THEME_OPTIONS = { themes: CODE_THEMES, defaultColor: false, colorReplacements: COLOR_REPLACEMENTS, tokenizeTimeLimit: 0 } as const;
