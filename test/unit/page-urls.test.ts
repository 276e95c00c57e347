import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryIdFromPath, folderOfId, routeSlugForId, urlPathForId } from '../../src/lib/page-urls.ts';

test('entry ids are file paths without the extension', () => {
  assert.equal(entryIdFromPath('get-started/containers.mdx'), 'get-started/containers');
  assert.equal(entryIdFromPath('index.mdx'), 'index');
  assert.equal(entryIdFromPath('a\\b.mdx'), 'a/b');
});

test('URLs mirror the folders, index pages sit at the folder URL', () => {
  assert.equal(urlPathForId('index'), '/');
  assert.equal(urlPathForId('get-started/index'), '/get-started/');
  assert.equal(urlPathForId('get-started/containers'), '/get-started/containers/');
  assert.equal(urlPathForId('reindex'), '/reindex/');
});

test('route slugs are undefined only for the root', () => {
  assert.equal(routeSlugForId('index'), undefined);
  assert.equal(routeSlugForId('get-started/index'), 'get-started');
  assert.equal(routeSlugForId('get-started/containers'), 'get-started/containers');
});

test('the folder of an entry', () => {
  assert.equal(folderOfId('index'), '');
  assert.equal(folderOfId('get-started/index'), '');
  assert.equal(folderOfId('get-started/containers'), 'get-started');
  assert.equal(folderOfId('a/b/c'), 'a/b');
});
