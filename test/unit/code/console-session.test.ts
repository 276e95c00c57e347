import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consoleCommands, outputName, promptOf, sessionLineKinds, sessionSegments, FOLD_OUTPUT_AFTER } from '../../../src/lib/code/console-session.ts';

test('PowerShell prompts are prompts, with or without a path', () => {
  assert.equal(promptOf('PS> Get-Date'), 'PS> ');
  assert.equal(promptOf('PS C:\\Users\\me\\app> docker ps'), 'PS C:\\Users\\me\\app> ');
  assert.equal(promptOf('$ ls'), '$ ');
  assert.equal(promptOf('PSA> no'), null);
  assert.equal(promptOf('PS>no space'), null);
  assert.equal(promptOf('Status: Downloaded'), null);
});

test('Copy takes only the commands of a PowerShell session', () => {
  const session = 'PS> Invoke-WebRequest http://localhost:4000 | Select-Object -ExpandProperty Content\n<h3>Hello World!</h3>\nPS C:\\app> docker ps `\n  --all\nCONTAINER ID';
  assert.equal(consoleCommands(session), 'Invoke-WebRequest http://localhost:4000 | Select-Object -ExpandProperty Content\ndocker ps `\n  --all');
});

test('lines after a prompt are output until the next prompt; continuations stay commands', () => {
  const lines = ['$ docker run -d \\', '  -p 4000:80 friendlyhello', '8f2a1bd0c9e1', '$ docker ps', 'CONTAINER ID'];
  assert.deepEqual(sessionLineKinds(lines), ['command', 'command', 'output', 'command', 'output']);
  assert.deepEqual(sessionLineKinds(['docker swarm init', 'docker node ls']), ['command', 'command'], 'no prompt at all: every line is a command');
});

test('a session becomes runs of commands and output; blank gaps go with the commands', () => {
  const lines = ['$ docker build .', 'Successfully built 1', '', '$ docker image ls', '', 'IMAGE', ''];
  assert.deepEqual(
    sessionSegments(lines).map((s) => [s.kind, s.from, s.to]),
    [['command', 0, 0], ['output', 1, 1], ['command', 2, 3], ['output', 4, 6]],
  );
  assert.deepEqual(sessionSegments(['$ a', '', '$ b']).map((s) => s.kind), ['command'], 'a blank line alone is no output');
});

test(`output longer than ${FOLD_OUTPUT_AFTER} lines is folded, up to it is not`, () => {
  const session = (n: number) => ['$ docker node ls', ...Array.from({ length: n }, (_, i) => `node-${i}`)];
  assert.equal(sessionSegments(session(FOLD_OUTPUT_AFTER))[1]?.folded, false);
  assert.equal(sessionSegments(session(FOLD_OUTPUT_AFTER + 1))[1]?.folded, true);
  assert.equal(sessionSegments(session(FOLD_OUTPUT_AFTER + 1))[0]?.folded, false, 'commands never fold');
});

test('an output region is named with its line count', () => {
  assert.equal(outputName(1), 'Output, 1 line');
  assert.equal(outputName(34), 'Output, 34 lines');
});
