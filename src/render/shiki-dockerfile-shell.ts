import type { ShikiTransformer, ThemedToken } from 'shiki/core';
import { scanDockerfile } from '../lib/code/dockerfile-lines.ts';
import { THEME_OPTIONS } from '../lib/code/highlighter.ts';

/**
 * Shell after `RUN`: the arguments of `RUN`, `CMD` and `ENTRYPOINT` are highlighted as shell (with
 * their continuation lines and heredocs), and exec form (`CMD ["python", "app.py"]`, also `SHELL`
 * and `VOLUME`) as JSON, instead of by the Dockerfile grammar. Under `# escape=\`` the arguments
 * are Windows commands, so they stay as the Dockerfile grammar has them.
 */
export function shikiDockerfileShell(): ShikiTransformer {
  return {
    name: 'dockerfile-shell',
    tokens(lines) {
      if (this.options.lang !== 'docker') return;
      const scan = scanDockerfile(this.source);
      if (scan.escape !== '\\') return;
      const source = this.source.split('\n');
      for (const span of scan.instructions) {
        if (span.argumentLanguage === 'dockerfile' || span.argsLine === null || span.argsStart === null) continue;
        const text = [(source[span.argsLine] ?? '').slice(span.argsStart), ...source.slice(span.argsLine + 1, span.lastLine + 1)].join('\n');
        const lang = span.argumentLanguage === 'json' ? 'json' : 'shellscript';
        const args = this.codeToTokens(text, { lang, ...THEME_OPTIONS }).tokens;
        lines[span.argsLine] = [...sliceLine(lines[span.argsLine] ?? [], 0, span.argsStart), ...(args[0] ?? [])];
        for (let i = 1; i < args.length; i++) lines[span.argsLine + i] = args[i] ?? [];
      }
    },
  };
}

/** The tokens of a line cut to the columns [from, to). */
export function sliceLine(tokens: ThemedToken[], from: number, to: number): ThemedToken[] {
  const out: ThemedToken[] = [];
  let start = 0;
  for (const t of tokens) {
    const a = Math.max(from, start);
    const b = Math.min(to, start + t.content.length);
    if (a < b) out.push({ ...t, content: t.content.slice(a - start, b - start), offset: t.offset + (a - start) });
    start += t.content.length;
  }
  return out;
}
