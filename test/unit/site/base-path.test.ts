import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeBase, withBase } from '../../../src/lib/site/base-path.ts';

test('bases are normalised to /x/', () => {
  assert.equal(normalizeBase(undefined), '/');
  assert.equal(normalizeBase(''), '/');
  assert.equal(normalizeBase('docs'), '/docs/');
  assert.equal(normalizeBase('/docs'), '/docs/');
  assert.equal(normalizeBase('/a/b/'), '/a/b/');
});

test('site paths get the base; absolute URLs and fragments do not', () => {
  assert.equal(withBase('/get-started/', '/'), '/get-started/');
  assert.equal(withBase('/get-started/', '/docs/'), '/docs/get-started/');
  assert.equal(withBase('/', '/docs/'), '/docs/');
  assert.equal(withBase('https://example.com/x', '/docs/'), 'https://example.com/x');
  assert.equal(withBase('#top', '/docs/'), '#top');
  assert.equal(withBase('//cdn.example/x', '/docs/'), '//cdn.example/x');
});
