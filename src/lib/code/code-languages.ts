/**
 * The languages code blocks may use: one list for the content check and the highlighter, so a
 * language the check accepts is always one the highlighter has loaded.
 */
export interface CodeLanguage {
  /** The name written after the opening fence, and shown in `data-language`. */
  name: string;
  /** Other names accepted after the fence. */
  aliases: readonly string[];
  /** The Shiki grammar that highlights it; `text` means no grammar. */
  grammar: CodeGrammar;
  /** How the language is named to readers (labels of the copy button and the scroll region). */
  label: string;
}

/** Shiki grammars the highlighter loads (`text` is built into Shiki). */
export type CodeGrammar = 'docker' | 'shellscript' | 'shellsession' | 'yaml' | 'python' | 'json' | 'ini' | 'text';

export const CODE_LANGUAGES: readonly CodeLanguage[] = [
  { name: 'dockerfile', aliases: ['docker'], grammar: 'docker', label: 'Dockerfile' },
  { name: 'bash', aliases: ['sh', 'shell'], grammar: 'shellscript', label: 'Shell' },
  { name: 'console', aliases: ['shellsession'], grammar: 'shellsession', label: 'Terminal session' },
  { name: 'yaml', aliases: ['yml'], grammar: 'yaml', label: 'YAML' },
  { name: 'python', aliases: ['py'], grammar: 'python', label: 'Python' },
  { name: 'json', aliases: [], grammar: 'json', label: 'JSON' },
  { name: 'ini', aliases: [], grammar: 'ini', label: 'INI' },
  { name: 'text', aliases: ['plaintext', 'txt'], grammar: 'text', label: 'Text' },
];

/** Finds the language for a fence's language name (case-insensitive), or undefined. */
export function findCodeLanguage(name: string | null | undefined): CodeLanguage | undefined {
  if (!name) return undefined;
  const wanted = name.toLowerCase();
  return CODE_LANGUAGES.find((l) => l.name === wanted || l.aliases.includes(wanted));
}

/** Every accepted name, for messages: `bash (sh, shell), console (shellsession), …`. */
export function supportedLanguagesText(): string {
  return CODE_LANGUAGES.map((l) => (l.aliases.length ? `${l.name} (${l.aliases.join(', ')})` : l.name)).join(', ');
}

/** The grammars to load, once each. */
export function neededGrammars(): Exclude<CodeGrammar, 'text'>[] {
  return [...new Set(CODE_LANGUAGES.map((l) => l.grammar))].filter((g): g is Exclude<CodeGrammar, 'text'> => g !== 'text');
}
