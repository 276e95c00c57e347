import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argumentLanguage, dockerfileInstructions, splitInstructionLine } from '../../src/lib/dockerfile-lines.ts';
import { DOCKERFILE_INSTRUCTIONS, findDockerfileInstruction } from '../../src/lib/dockerfile-instructions.ts';

test('a line splits into indent, instruction keyword and the rest', () => {
  assert.deepEqual(splitInstructionLine('  RUN pip install flask'), { indent: '  ', keyword: 'RUN', rest: ' pip install flask' });
  assert.deepEqual(splitInstructionLine('cmd ["python"]'), { indent: '', keyword: 'cmd', rest: ' ["python"]' });
  assert.deepEqual(splitInstructionLine('EXPOSE'), { indent: '', keyword: 'EXPOSE', rest: '' });
  assert.equal(splitInstructionLine('# FROM in a comment'), null);
  assert.equal(splitInstructionLine('RUNNER x'), null);
  assert.equal(splitInstructionLine('    -r requirements.txt'), null);
});

test('command arguments are shell, or JSON in exec form', () => {
  assert.equal(argumentLanguage('RUN', ' pip install flask'), 'shell');
  assert.equal(argumentLanguage('CMD', ' ["python", "app.py"]'), 'json');
  assert.equal(argumentLanguage('ENTRYPOINT', ' ["docker-entrypoint.sh"]'), 'json');
  assert.equal(argumentLanguage('CMD', ' python app.py'), 'shell');
  assert.equal(argumentLanguage('SHELL', ' ["/bin/bash", "-c"]'), 'json');
  assert.equal(argumentLanguage('ENV', ' NAME World'), 'dockerfile');
  assert.equal(argumentLanguage('LABEL', ' x=["a"]'), 'dockerfile');
});

test('instructions span their backslash continuations and the comments inside them', () => {
  const code = 'FROM python:3\nRUN apt-get update && \\\n  # the tools\n  apt-get install -y curl\n\nCMD ["python"]';
  assert.deepEqual(
    dockerfileInstructions(code).map((s) => [s.keyword, s.line, s.lastLine, s.start, s.end, s.argumentLanguage]),
    [
      ['FROM', 0, 0, 0, 4, 'dockerfile'],
      ['RUN', 1, 3, 0, 3, 'shell'],
      ['CMD', 5, 5, 0, 3, 'json'],
    ],
  );
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
