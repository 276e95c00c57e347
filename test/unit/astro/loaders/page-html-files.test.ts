import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageHtmlFile, pageHtmlDir, prunePageHtml, readPageHtml, writePageHtml } from '../../../../src/astro/loaders/page-html-files.ts';

test('a page\'s HTML is kept by digest, read back from its file, and pruned once no entry has its digest', () => {
  const cache = mkdtempSync(join(tmpdir(), 'page-html-'));
  try {
    const dir = pageHtmlDir(cache);
    assert.equal(pageHtmlFile(dir, 'a1'), null);
    const file = writePageHtml(dir, 'a1', '<p>One</p>');
    writePageHtml(dir, 'b2', '<p>Two</p>');
    assert.equal(pageHtmlFile(dir, 'a1'), file);
    assert.equal(readPageHtml(file), '<p>One</p>');
    prunePageHtml(dir, new Set(['b2']));
    assert.equal(existsSync(file), false);
    assert.equal(readPageHtml(file), null);
    assert.equal(readPageHtml(pageHtmlFile(dir, 'b2')!), '<p>Two</p>');
    prunePageHtml(join(cache, 'missing'), new Set());
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});

test('a write left half done by a killed build is never taken for a page, and a prune removes it once it is old', () => {
  const cache = mkdtempSync(join(tmpdir(), 'page-html-'));
  try {
    const dir = pageHtmlDir(cache);
    writePageHtml(dir, 'a1', '<p>One</p>');
    // What a thread ended mid-write leaves: only the aside file, never the page's own.
    const aside = join(dir, 'c3.html.4242-1.tmp');
    writeFileSync(aside, '<p>Thr');
    // Another process's write in progress, just begun.
    writeFileSync(join(dir, 'd4.html.4343-1.tmp'), '<p>Fou');
    const twoHoursAgo = new Date(Date.now() - 7_200_000);
    utimesSync(aside, twoHoursAgo, twoHoursAgo);
    assert.equal(pageHtmlFile(dir, 'c3'), null);
    prunePageHtml(dir, new Set(['a1']));
    assert.deepEqual(readdirSync(dir).sort(), ['a1.html', 'd4.html.4343-1.tmp']);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});
