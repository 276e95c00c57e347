import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlToHast, markdownToHtml } from 'satteri';
import type { Element, Root, RootContent } from 'hast';
import { markdownPlugins } from '../../../src/render/index.ts';
import { siteConfigFromEnv } from '../../../src/lib/site/site-config.ts';
import { DOCKERFILE_INSTRUCTIONS } from '../../../src/lib/code/dockerfile-instructions.ts';

const CONTAINERS = resolve('content/get-started/containers.mdx');

/** Renders MDX source through the real Sätteri processor with the site's plugin chain. */
async function render(source: string, file = CONTAINERS): Promise<Root> {
  const { html } = await markdownToHtml(source, { ...markdownPlugins(siteConfigFromEnv({})), fileURL: pathToFileURL(file) });
  return htmlToHast(html, { fragment: true }) as Root;
}

function all(node: Root | RootContent, match: (e: Element) => boolean, out: Element[] = []): Element[] {
  if (node.type === 'element' && match(node)) out.push(node);
  if ('children' in node) for (const c of node.children) all(c, match, out);
  return out;
}
const hasClass = (name: string) => (e: Element) => ((e.properties.className as string[] | undefined) ?? []).includes(name);
const textOf = (n: RootContent | Element): string =>
  n.type === 'text' ? n.value : 'children' in n ? n.children.map((c) => textOf(c as RootContent)).join('') : '';

// The page's first Dockerfile (the one it started with), rendered alone as the page writes it.
const block = /```dockerfile[^\n]*\n[\s\S]*?\n```\n/.exec(readFileSync(CONTAINERS, 'utf8'))?.[0] ?? '';
const dockerfile = /\n([\s\S]*?)\n```\n$/.exec(block)?.[1] ?? '';
const source = block;

test('the Containers Dockerfile renders titled, with both theme colours as classes on every token', async () => {
  assert.ok(dockerfile.includes('FROM python'), 'the page has its Dockerfile');
  const tree = await render(source);
  const [figure] = all(tree, hasClass('code-block'));
  assert.ok(figure);
  assert.equal(textOf(all(figure, (e) => e.tagName === 'figcaption')[0]!), 'Dockerfile');
  const pre = all(figure, (e) => e.tagName === 'pre')[0]!;
  assert.equal(pre.properties.dataLanguage, 'dockerfile');
  assert.equal(pre.properties.tabIndex, 0);
  assert.equal(pre.properties.ariaLabel, 'Dockerfile code');
  assert.equal(textOf(pre), dockerfile, 'the block shows the code exactly');
  assert.equal(all(figure, (e) => e.properties.style !== undefined).length, 0, 'no inline styles');
  const tokens = all(pre, (e) => e.tagName === 'span' && !hasClass('line')(e));
  assert.ok(tokens.length > 20);
  const classes = (t: Element) => ((t.properties.className as string[] | undefined) ?? []).join(' ');
  for (const t of tokens) assert.match(classes(t), /^(l\d+ ?)*(d\d+ ?)*$/, `palette classes on ${textOf(t)}`);
  assert.ok(new Set(tokens.map(classes)).size >= 5, 'several colours, not one');
});

test('each instruction keyword links to its reference section and is described by its note, written once per block', async () => {
  const tree = await render(source);
  const links = all(tree, hasClass('code-instruction'));
  assert.deepEqual(links.map(textOf), ['FROM', 'WORKDIR', 'ADD', 'RUN', 'EXPOSE', 'ENV', 'CMD']);
  for (const link of links) {
    const facts = DOCKERFILE_INSTRUCTIONS.find((i) => i.keyword === textOf(link))!;
    assert.equal(link.properties.href, facts.reference);
    const [id] = link.properties.ariaDescribedBy as string[];
    const note = all(tree, (e) => e.properties.id === id);
    assert.equal(note.length, 1, `one note #${id}`);
    assert.equal(textOf(note[0]!), `${facts.keyword}: ${facts.note}`);
    assert.equal(link.properties.dataNote, undefined, 'the note is not repeated on the keyword');
  }
  const notes = all(tree, hasClass('code-note'));
  assert.equal(notes.length, new Set(links.map(textOf)).size, 'one note per instruction used');
});

test('the shell after RUN and the exec-form JSON after CMD are highlighted as shell and JSON', async () => {
  const tree = await render(source);
  const lines = all(tree, hasClass('line'));
  const tokensOf = (start: string) => {
    const line = lines.find((l) => textOf(l).startsWith(start))!;
    return all(line, (e) => e.tagName === 'span').map((s) => ({ text: textOf(s), style: String(s.properties.className) }));
  };
  const run = tokensOf('RUN');
  const keyword = run.find((t) => t.text === 'RUN')!.style;
  const pip = run.find((t) => t.text === 'pip');
  const flag = run.find((t) => t.text === '-r');
  assert.ok(pip && flag, 'the command name and its flag are tokens of their own');
  assert.notEqual(pip.style, keyword, 'the command name is coloured as a shell command');
  assert.notEqual(flag.style, pip.style, 'the flag is coloured as a shell option');
  const cmd = tokensOf('CMD');
  const strings = cmd.filter((t) => t.text === '"python"' || t.text === '"app.py"');
  assert.equal(strings.length, 2, 'each JSON string is its own token');
  assert.equal(strings[0]!.style, strings[1]!.style);
  assert.ok(!cmd.some((t) => t.text.includes(']') && t.style === strings[0]!.style), 'the brackets are not coloured as strings');
});

test('the copy text is the exact code', async () => {
  const tree = await render(source);
  const button = all(tree, hasClass('code-copy'))[0]!;
  assert.equal(button.properties.dataCopy, dockerfile);
  assert.equal(button.properties.hidden, true, 'hidden until the script can copy');
  assert.equal(button.properties.type, 'button');
  assert.equal(all(tree, (e) => e.properties.role === 'status').length, 1);
});

test('fence meta marks lines, added and removed lines, and diff notation', async () => {
  const tree = await render('```yaml title="docker-compose.yml" {1} ins={2} del={3}\na: 1\nb: 2\nc: 3\n```\n\n```yaml diff\n services:\n-  web:\n+  app:\n```\n');
  const [first, second] = all(tree, hasClass('code-block'));
  const lines = (f: Element) => all(f, hasClass('line')).map((l) => [l.tagName, textOf(l)]);
  assert.deepEqual(lines(first!), [['mark', 'a: 1'], ['ins', 'b: 2'], ['del', 'c: 3']]);
  assert.equal(all(first!, hasClass('code-copy'))[0]!.properties.dataCopy, 'a: 1\nb: 2');
  assert.deepEqual(lines(second!), [['span', 'services:'], ['del', '  web:'], ['ins', '  app:']]);
  assert.equal(all(second!, hasClass('code-copy'))[0]!.properties.dataCopy, 'services:\n  app:');
});

test('a console block copies its commands only, and every block gets its own ids', async () => {
  const tree = await render('```console\n$ docker run -p 4000:80 friendlyhello\n * Running on http://0.0.0.0:80/\n$ docker container ls\n```\n\n```dockerfile\nFROM x\n```\n\n```docker\nFROM y\n```\n');
  const buttons = all(tree, hasClass('code-copy'));
  assert.equal(buttons[0]!.properties.dataCopy, 'docker run -p 4000:80 friendlyhello\ndocker container ls');
  assert.deepEqual(all(tree, hasClass('code-instruction')).map((a) => (a.properties.ariaDescribedBy as string[])[0]), ['code-2-from', 'code-3-from']);
  assert.deepEqual(all(tree, (e) => e.tagName === 'pre').slice(0, 3).map((p) => p.properties.ariaLabel), ['Commands', 'Output, 1 line', 'Commands']);
});

test('a session sets its output apart: a labelled region each, long output folded with its line count', async () => {
  const long = Array.from({ length: 13 }, (_, i) => `node-${i + 1}   Ready   Active`).join('\n');
  const tree = await render(`\`\`\`console\nPS C:\\app> docker node ls\n${long}\n\n$ docker ps\nCONTAINER ID\n\`\`\`\n`);
  const figure = all(tree, hasClass('code-block'))[0]!;
  assert.ok(hasClass('code-session')(figure));
  const regions = figure.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'pre' || c.tagName === 'details'));
  assert.deepEqual(regions.map((r) => [r.tagName, r.properties.ariaLabel ?? null]), [['pre', 'Commands'], ['details', null], ['pre', 'Commands'], ['pre', 'Output, 1 line']]);
  const fold = regions[1]!;
  assert.equal(textOf(fold.children.find((c): c is Element => c.type === 'element' && c.tagName === 'summary')!), 'Output, 13 lines');
  const folded = all(fold, (e) => e.tagName === 'pre')[0]!;
  assert.ok(hasClass('code-output')(folded));
  assert.equal(folded.properties.ariaLabel, 'Output, 13 lines');
  assert.equal(textOf(folded).split('\n').length, 13);
  // The blank line before the next prompt is not output; the command after it is.
  assert.equal(textOf(regions[2]!), '\n$ docker ps');
  assert.equal(all(tree, hasClass('code-copy'))[0]!.properties.dataCopy, 'docker node ls\ndocker ps');
});

test('a session without output, or with no prompt, stays one block', async () => {
  for (const session of ['$ docker swarm leave --force\n$ docker swarm init', 'docker swarm init\ndocker node ls']) {
    const tree = await render(`\`\`\`console\n${session}\n\`\`\`\n`);
    assert.equal(all(tree, (e) => e.tagName === 'pre').length, 1, session);
    assert.equal(all(tree, hasClass('code-session')).length, 0);
  }
});

test('an unknown language stops the render, naming the file and the supported languages', async () => {
  await assert.rejects(render('```js\nlet x;\n```\n'), (err: Error) => {
    assert.equal(
      err.message,
      `${CONTAINERS}: code block language \`js\` is not supported; use one of dockerfile (docker), bash (sh, shell), console (shellsession), yaml (yml), python (py), json, ini, text (plaintext, txt).`,
    );
    return true;
  });
});

test('comment notation marks lines added, removed and highlighted, and the comment goes', async () => {
  const tree = await render('```python\nx = 1  # [!code ++]\ny = 2  # [!code --]\nz = 3  # [!code highlight]\n```\n');
  const lines = all(tree, hasClass('line')).map((l) => [l.tagName, textOf(l)]);
  assert.deepEqual(lines, [['ins', 'x = 1'], ['del', 'y = 2'], ['mark', 'z = 3']]);
  assert.equal(all(tree, hasClass('code-copy'))[0]!.properties.dataCopy, 'x = 1\nz = 3');
});

test('a Dockerfile with escape directive, heredoc and continuations links every instruction once', async () => {
  const tree = await render('```dockerfile\n# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN dir `\n  c:\\\n```\n\n```dockerfile\nFROM debian\nRUN <<EOF\napt-get update\nEOF\nCOPY <<EOF /app/run.sh\nRUN not an instruction\nEOF\n```\n');
  const [windows, heredoc] = all(tree, hasClass('code-block'));
  assert.deepEqual(all(windows!, hasClass('code-instruction')).map(textOf), ['FROM', 'RUN']);
  assert.deepEqual(all(heredoc!, hasClass('code-instruction')).map(textOf), ['FROM', 'RUN', 'COPY'], 'a heredoc line is not an instruction');
  const body = all(heredoc!, (e) => e.tagName === 'span' && !hasClass('line')(e) && textOf(e) === 'apt-get update');
  assert.equal(body.length, 1, 'the RUN heredoc body is highlighted by the shell grammar, as a heredoc');
});
