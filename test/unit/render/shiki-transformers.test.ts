import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ShikiTransformer } from 'shiki/core';
import { findCodeLanguage } from '../../../src/lib/code/code-languages.ts';
import { codePalette, getHighlighter, THEME_OPTIONS } from '../../../src/lib/code/highlighter.ts';
import type { CodeGrammar } from '../../../src/lib/code/code-languages.ts';
import { shikiFrame } from '../../../src/render/shiki-frame.ts';
import { shikiCopyText } from '../../../src/render/shiki-copy-text.ts';
import { shikiDiffColumn, shikiNotations } from '../../../src/render/shiki-diff-notation.ts';
import { shikiLineMarks } from '../../../src/render/shiki-line-marks.ts';
import { shikiDockerfileShell } from '../../../src/render/shiki-dockerfile-shell.ts';
import { shikiDockerfileInstructions } from '../../../src/render/shiki-dockerfile-instructions.ts';
import { shikiTokenClasses } from '../../../src/render/shiki-token-classes.ts';

/** Each transformer on its own, through Shiki's codeToHtml (codeToHast, then HTML). */
async function html(code: string, lang: CodeGrammar, transformers: ShikiTransformer[]): Promise<string> {
  const hl = await getHighlighter();
  return hl.codeToHtml(code, { lang, ...THEME_OPTIONS, transformers });
}
const yaml = findCodeLanguage('yaml')!;
const dockerfile = findCodeLanguage('dockerfile')!;
const lineTags = (out: string) => [...out.matchAll(/<(span|mark|ins|del) class="line([^"]*)"/g)].map((m) => `${m[1]}${m[2]}`);

test('shiki-frame: a focusable, named pre in a figure captioned with the file name', async () => {
  const out = await html('a: 1', 'yaml', [shikiFrame(yaml, 'compose.yml')]);
  assert.match(out, /^<figure class="code-block" data-language="yaml"><figcaption class="code-title">compose\.yml<\/figcaption> <pre class="code" data-language="yaml" data-pagefind-weight="2" tabindex="0" role="group" aria-label="compose\.yml, YAML">/);
  assert.doesNotMatch(out, /class="shiki/, 'Shiki’s theme classes are gone');
  const label = await html('a: 1', 'yaml', [shikiFrame(yaml, undefined)]);
  assert.match(label, /<figcaption class="code-title code-label" data-pagefind-ignore>YAML<\/figcaption>/);
});

test('shiki-copy-text: the button copies the shown lines without removed ones, and a session’s commands only', async () => {
  const out = await html('a: 1\nb: 2', 'yaml', [shikiFrame(yaml, undefined), shikiCopyText(yaml, undefined), shikiLineMarks([], [2])]);
  assert.match(out, /<button type="button" class="code-copy" hidden aria-label="Copy YAML" data-copy="a: 1">Copy<\/button><span class="code-copy-status" role="status"><\/span>/);
  const consoleLanguage = findCodeLanguage('console')!;
  const session = await html('$ docker ps\nCONTAINER ID\n$ docker images', 'shellsession', [shikiFrame(consoleLanguage, undefined), shikiCopyText(consoleLanguage, undefined)]);
  assert.match(session, /data-copy="docker ps\ndocker images"/);
});

test('shiki-line-marks: ins and del lines become their own elements; marked lines become mark', async () => {
  const out = await html('a: 1\nb: 2\nc: 3\nd: 4', 'yaml', [shikiLineMarks([2], [3]), { line: (node, n) => (n === 4 ? { ...node, properties: { class: 'line line-mark' } } : node) }]);
  assert.deepEqual(lineTags(out), ['span', 'ins line-ins', 'del line-del', 'mark line-mark']);
});

test('shiki-diff-notation: the diff column comes off and marks its lines; comment notation does too', async () => {
  const out = await html(' a: 1\n-b: 2\n+c: 3', 'yaml', [shikiDiffColumn(true), shikiLineMarks([], [])]);
  assert.deepEqual(lineTags(out), ['span', 'del line-del', 'ins line-ins']);
  assert.doesNotMatch(out, />[-+ ][abc]/, 'no column left in the code');
  const kept = await html('-b: 2', 'yaml', [shikiDiffColumn(false)]);
  assert.match(kept, /-b/, 'without `diff` the code is left alone');
  const notation = await html('a: 1 # [!code --]\nb: 2 # [!code highlight]', 'yaml', [...shikiNotations(), shikiLineMarks([], [])]);
  assert.deepEqual(lineTags(notation), ['del line-del', 'mark line-mark']);
  assert.doesNotMatch(notation, /!code/);
});

test('shiki-dockerfile-shell: RUN arguments take shell colours, exec-form CMD takes JSON colours', async () => {
  const code = 'RUN pip install flask\nCMD ["python", "app.py"]';
  const plain = await html(code, 'docker', []);
  const shell = await html(code, 'docker', [shikiDockerfileShell()]);
  assert.notEqual(shell, plain);
  assert.match(shell, />pip</, 'the command is a token of its own');
  assert.match(shell, />"python"</, 'each JSON string is a token of its own');
  const windows = '# escape=`\nRUN dir `\n  c:';
  assert.equal(await html(windows, 'docker', [shikiDockerfileShell()]), await html(windows, 'docker', []), 'backtick escapes are left to the Dockerfile grammar');
});

test('shiki-dockerfile-instructions: keywords link to the reference, described by notes written once per block', async () => {
  const out = await html('FROM x\nRUN a\nRUN b', 'docker', [shikiFrame(dockerfile, undefined), shikiDockerfileInstructions('code-7')]);
  const links = [...out.matchAll(/<a class="code-instruction" href="([^"]+)" aria-describedby="([^"]+)">/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(links, [
    ['https://docs.docker.com/reference/dockerfile/#from', 'code-7-from'],
    ['https://docs.docker.com/reference/dockerfile/#run', 'code-7-run'],
    ['https://docs.docker.com/reference/dockerfile/#run', 'code-7-run'],
  ]);
  assert.equal([...out.matchAll(/class="code-note"/g)].length, 2, 'RUN’s note once');
  assert.match(out, /<div class="code-notes" data-pagefind-ignore><span class="code-note" id="code-7-from">FROM: /);
});

test('shiki-token-classes: no inline style left, palette classes instead, plain text without a span', async () => {
  const hl = await getHighlighter();
  const out = await html('services:\n  web:\n    image: "redis"', 'yaml', [shikiTokenClasses(codePalette(hl))]);
  assert.doesNotMatch(out.replace(/^<pre[^>]*>/, ''), /style=/);
  assert.match(out, /<span class="l\d+ d\d+">services<\/span>:/, 'the colon is in the text colour: no span');
  assert.match(out, /<span class="l\d+ d\d+">"redis"<\/span>/);
});
