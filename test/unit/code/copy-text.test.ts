import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consoleCommands, copyText } from '../../../src/lib/code/copy-text.ts';

test('a console session copies its commands without prompts or output', () => {
  const session = [
    '$ docker build --tag=friendlyhello .',
    'Sending build context to Docker daemon  4.608kB',
    'Successfully built 326387cea398',
    '$ docker image ls',
    'REPOSITORY      TAG     IMAGE ID',
    'friendlyhello   latest  326387cea398',
  ].join('\n');
  assert.equal(copyText(session, 'console'), 'docker build --tag=friendlyhello .\ndocker image ls');
});

test('a command continued with a backslash keeps its continuation lines', () => {
  const session = '$ docker run -d \\\n    -p 4000:80 \\\n    friendlyhello\n8f2a1bd0c9e1';
  assert.equal(consoleCommands(session), 'docker run -d \\\n    -p 4000:80 \\\n    friendlyhello');
});

test('prompts with a user, host, folder or virtualenv are recognised', () => {
  assert.equal(consoleCommands('(venv) $ pip install flask\nuser@host:~/app$ ls\napp.py'), 'pip install flask\nls');
});

test('a session without prompts is copied as it is', () => {
  assert.equal(consoleCommands('docker swarm init\ndocker node ls'), 'docker swarm init\ndocker node ls');
});

test('other languages copy the exact code, minus removed lines', () => {
  const code = 'FROM python:2.7-slim\n\nWORKDIR /app\n';
  assert.equal(copyText(code, 'dockerfile'), code);
  assert.equal(copyText('a\nb\nc', 'yaml', [2]), 'a\nc');
  assert.equal(copyText('$ old\n$ new\nout', 'console', [1]), 'new');
});

test('PowerShell prompts count as prompts: Copy takes their commands only', () => {
  assert.equal(copyText('PS> Invoke-WebRequest http://localhost:4000\n<h3>Hello</h3>\nPS C:\\app> docker ps', 'console'), 'Invoke-WebRequest http://localhost:4000\ndocker ps');
});
