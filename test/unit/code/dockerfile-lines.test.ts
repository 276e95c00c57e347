import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argumentLanguage, scanDockerfile } from '../../../src/lib/code/dockerfile-lines.ts';
import { DOCKERFILE_INSTRUCTIONS, findDockerfileInstruction } from '../../../src/lib/code/dockerfile-instructions.ts';

const shape = (code: string) =>
  scanDockerfile(code).instructions.map((s) => [s.keyword, s.line, s.lastLine, s.start, s.end, s.argumentLanguage]);

test('command arguments are shell, or JSON in exec form', () => {
  assert.equal(argumentLanguage('RUN', false), 'shell');
  assert.equal(argumentLanguage('CMD', true), 'json');
  assert.equal(argumentLanguage('entrypoint', true), 'json');
  assert.equal(argumentLanguage('SHELL', true), 'json');
  assert.equal(argumentLanguage('ENV', false), 'dockerfile');
  assert.equal(argumentLanguage('COPY', true), 'dockerfile');
  assert.deepEqual(scanDockerfile('FROM x\nENTRYPOINT [not json]\nLABEL x=["a"]').instructions.map((s) => s.argumentLanguage), ['dockerfile', 'shell', 'dockerfile']);
});

test('instructions span their backslash continuations and the comments inside them', () => {
  const code = 'FROM python:3\nRUN apt-get update && \\\n  # the tools\n  apt-get install -y curl\n\ncmd ["python"]';
  assert.deepEqual(shape(code), [
    ['FROM', 0, 0, 0, 4, 'dockerfile'],
    ['RUN', 1, 3, 0, 3, 'shell'],
    ['cmd', 5, 5, 0, 3, 'json'],
  ]);
  const run = scanDockerfile(code).instructions[1]!;
  assert.equal(run.args, 'apt-get update && apt-get install -y curl');
  assert.deepEqual([run.argsLine, run.argsStart], [1, 4]);
  assert.deepEqual(scanDockerfile(code).instructions[2]!.words, ['python']);
});

test('an escape directive changes the continuation character', () => {
  const scan = scanDockerfile('# escape=`\nFROM x\nRUN dir `\n  c:\\\nEXPOSE 80');
  assert.equal(scan.escape, '`');
  assert.deepEqual(scan.instructions.map((s) => [s.keyword, s.line, s.lastLine]), [['FROM', 1, 1], ['RUN', 2, 3], ['EXPOSE', 4, 4]]);
  assert.equal(scan.instructions[1]!.args, 'dir c:\\');
});

test('a heredoc belongs to its instruction, so its lines are not instructions', () => {
  const scan = scanDockerfile('FROM debian\nRUN <<EOF\nRUN apt-get update\nEOF\nCMD ["bash"]');
  assert.deepEqual(scan.instructions.map((s) => [s.keyword, s.line, s.lastLine]), [['FROM', 0, 0], ['RUN', 1, 3], ['CMD', 4, 4]]);
});

test('every instruction has its own note and its Dockerfile reference section', () => {
  const keywords = DOCKERFILE_INSTRUCTIONS.map((i) => i.keyword);
  for (const k of ['FROM', 'WORKDIR', 'ADD', 'COPY', 'RUN', 'EXPOSE', 'ENV', 'CMD', 'ENTRYPOINT', 'ARG', 'LABEL', 'USER', 'VOLUME', 'HEALTHCHECK']) {
    assert.ok(keywords.includes(k), `${k} is described`);
  }
  assert.equal(new Set(DOCKERFILE_INSTRUCTIONS.map((i) => i.note)).size, keywords.length, 'notes are distinct');
  for (const i of DOCKERFILE_INSTRUCTIONS) {
    assert.match(i.reference, /^https:\/\/docs\.docker\.com\/reference\/dockerfile\/#[a-z-]+$/);
    assert.ok(i.note.length > 20 && i.note.length < 160, `${i.keyword}: a short note`);
  }
  assert.equal(findDockerfileInstruction('from')?.reference, 'https://docs.docker.com/reference/dockerfile/#from');
  assert.equal(findDockerfileInstruction('MAINTAINER')?.reference, 'https://docs.docker.com/reference/dockerfile/#maintainer-deprecated');
});
