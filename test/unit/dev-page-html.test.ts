import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devPageHtmlFile, devPagesDir, pruneDevPages, readDevPageHtml, writeDevPageHtml } from '../../src/adapters/dev-page-html.ts';

test('a dev page\'s HTML is kept by digest, read back from its file, and pruned once no entry has its digest', () => {
  const cache = mkdtempSync(join(tmpdir(), 'dev-pages-'));
  try {
    const dir = devPagesDir(cache);
    assert.equal(devPageHtmlFile(dir, 'a1'), null);
    const file = writeDevPageHtml(dir, 'a1', '<p>One</p>');
    writeDevPageHtml(dir, 'b2', '<p>Two</p>');
    assert.equal(devPageHtmlFile(dir, 'a1'), file);
    assert.equal(readDevPageHtml(file), '<p>One</p>');
    pruneDevPages(dir, new Set(['b2']));
    assert.equal(existsSync(file), false);
    assert.equal(readDevPageHtml(file), null);
    assert.equal(readDevPageHtml(devPageHtmlFile(dir, 'b2')!), '<p>Two</p>');
    pruneDevPages(join(cache, 'missing'), new Set());
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});
