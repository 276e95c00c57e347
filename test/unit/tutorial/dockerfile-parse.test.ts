import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDockerfile } from '../../helpers/tutorial/dockerfile-parse.ts';

test('reads instructions, comments, continuations and both forms', () => {
  const src = [
    '# a comment',
    'FROM python:3.12-slim',
    'RUN apt-get update \\',
    '  # a comment inside the instruction',
    '  && apt-get install -y curl',
    'cmd ["python", "app.py"]',
    'ENTRYPOINT [not json]',
  ].join('\n');
  const { instructions, problems } = parseDockerfile(src);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    instructions.map((i) => [i.keyword, i.form, i.line]),
    [['FROM', 'shell', 2], ['RUN', 'shell', 3], ['CMD', 'exec', 6], ['ENTRYPOINT', 'shell', 7]],
  );
  assert.equal(instructions[1]?.args, 'apt-get update && apt-get install -y curl');
  assert.deepEqual(instructions[2]?.words, ['python', 'app.py']);
});

test('reports unknown instructions, missing arguments and a missing FROM', () => {
  const { problems } = parseDockerfile('WORKDIR /app\nCOPPY . /app\nEXPOSE\n');
  assert.deepEqual(problems.map((p) => p.line), [2, 3, 1]);
  assert.match(problems[0]?.message ?? '', /Unknown instruction `COPPY`/);
  assert.match(problems[1]?.message ?? '', /`EXPOSE` needs an argument/);
  assert.match(problems[2]?.message ?? '', /before any `FROM`/);
});

test('ARG may come before FROM; SHELL needs a JSON array; the escape directive is honoured', () => {
  assert.deepEqual(parseDockerfile('ARG BASE=python:3\nFROM $BASE\n').problems, []);
  assert.match(parseDockerfile('FROM x\nSHELL /bin/sh -c\n').problems[0]?.message ?? '', /SHELL/);
  const win = parseDockerfile('# escape=`\nFROM x\nRUN dir `\n  c:\\\n');
  assert.deepEqual(win.problems, []);
  assert.equal(win.instructions[1]?.args, 'dir c:\\');
});

test('a dangling continuation at the end is a problem', () => {
  const { problems } = parseDockerfile('FROM x\nRUN echo \\');
  assert.match(problems[0]?.message ?? '', /continuation/);
});
