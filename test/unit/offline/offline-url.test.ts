import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOwnUrl, pageKey, plainUrl, storedKeys } from '../../../src/lib/offline/offline-url.ts';

const ORIGIN = 'http://127.0.0.1:4321';
const u = (path: string) => new URL(path, ORIGIN);

test('a fragment or a query never hides a stored page', () => {
  assert.deepEqual(storedKeys(u('/get-started/stacks/#persist-the-data')), [`${ORIGIN}/get-started/stacks/`]);
  assert.deepEqual(storedKeys(u('/get-started/stacks/?utm_source=chat#persist-the-data')), [`${ORIGIN}/get-started/stacks/`]);
  assert.deepEqual(storedKeys(u('/docs/get-started/?q=1')), [`${ORIGIN}/docs/get-started/`]);
  assert.equal(plainUrl(u('/a/?x=1#y')), `${ORIGIN}/a/`);
});

test('a folder without its slash or as index.html finds the page under its folder URL', () => {
  assert.deepEqual(storedKeys(u('/get-started/stacks')), [`${ORIGIN}/get-started/stacks`, `${ORIGIN}/get-started/stacks/`]);
  assert.deepEqual(storedKeys(u('/get-started/stacks#persist-the-data')), [`${ORIGIN}/get-started/stacks`, `${ORIGIN}/get-started/stacks/`]);
  assert.deepEqual(storedKeys(u('/docs/get-started/index.html')), [`${ORIGIN}/docs/get-started/index.html`, `${ORIGIN}/docs/get-started/`]);
  assert.deepEqual(storedKeys(u('/index.html')), [`${ORIGIN}/index.html`, `${ORIGIN}/`]);
  assert.equal(pageKey(u('/docs/stacks?x=1#y')), `${ORIGIN}/docs/stacks/`);
  assert.equal(pageKey(u('/docs/stacks/')), `${ORIGIN}/docs/stacks/`);
});

test('files keep their own URL: no slash is added to a name with an extension', () => {
  assert.deepEqual(storedKeys(u('/pagefind/pagefind.js?ts=abc')), [`${ORIGIN}/pagefind/pagefind.js`]);
  assert.deepEqual(storedKeys(u('/get-started/stacks/index.md')), [`${ORIGIN}/get-started/stacks/index.md`]);
  assert.deepEqual(storedKeys(u('/llms.txt')), [`${ORIGIN}/llms.txt`]);
  assert.deepEqual(storedKeys(u('/')), [`${ORIGIN}/`]);
});

test('own URLs: same origin, under the base', () => {
  assert.equal(isOwnUrl(u('/docs/a/'), ORIGIN, '/docs/'), true);
  // Outside the worker's scope: the browser never asks the worker for it.
  assert.equal(isOwnUrl(u('/docs'), ORIGIN, '/docs/'), false);
  assert.equal(isOwnUrl(u('/docsx/'), ORIGIN, '/docs/'), false);
  assert.equal(isOwnUrl(u('/other/'), ORIGIN, '/docs/'), false);
  assert.equal(isOwnUrl(new URL('http://127.0.0.1:9999/docs/'), ORIGIN, '/docs/'), false);
  assert.equal(isOwnUrl(u('/anything'), ORIGIN, '/'), true);
});
