import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseContentFile } from '../../../src/lib/content/content-file.ts';
import { finalVersions, titleFromMeta, tutorialFiles } from '../../../src/lib/tutorial/tutorial-files.ts';
import { validateCompose } from '../../helpers/tutorial/compose-validate.ts';

test('titles come from the fence meta, quoted either way', () => {
  assert.equal(titleFromMeta('title="app.py"'), 'app.py');
  assert.equal(titleFromMeta("{2,4} title='docker-compose.yml' ins={5}"), 'docker-compose.yml');
  assert.equal(titleFromMeta('subtitle="x"'), null);
  assert.equal(titleFromMeta(null), null);
});

test('titled blocks are collected in series order; the last version of a file wins', () => {
  const page = (part: number, body: string) =>
    parseContentFile(`p${part}.mdx`, `content/p${part}.mdx`, `---\ntitle: T\ndescription: D\npart: ${part}\n---\n\n${body}`);
  const files = tutorialFiles([
    page(2, '```yaml title="docker-compose.yml"\nb: 2\n```\n\n```console\n$ ls\n```\n'),
    page(1, '```yaml title="docker-compose.yml"\na: 1\n```\n'),
  ]);
  assert.deepEqual(files.map((f) => [f.where, f.text]), [['content/p1.mdx:7', 'a: 1'], ['content/p2.mdx:7', 'b: 2']]);
  assert.equal(finalVersions(files).get('docker-compose.yml')?.text, 'b: 2');
});

test('Compose files are checked as YAML and against the Compose Specification', () => {
  assert.deepEqual(validateCompose('services:\n  web:\n    image: x\n    ports:\n      - "80:80"\n'), []);
  assert.match(validateCompose('services:\n  web:\n    imag: x\n').join(), /additional properties \(`imag`\)/);
  assert.match(validateCompose('services: [\n').join(), /^YAML:/);
});
