import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { forgetNewestHtml, onNewestHtml, setNewestHtml } from '../../../../src/astro/loaders/dev-newest-html.ts';
import { withPageHtml } from '../../../../src/astro/loaders/page-html-entry.ts';
import { pageHtmlDir, writePageHtml } from '../../../../src/astro/loaders/page-html-files.ts';

/** An entry as the data store holds it: metadata and the file of its HTML. */
function entry(id: string, htmlFile: string): CollectionEntry<'docs'> {
  return { id, collection: 'docs', data: {}, rendered: { html: '', metadata: { htmlFile } } } as unknown as CollectionEntry<'docs'>;
}

test("a page's newer render is served before the store has it, and the store's file again once forgotten", () => {
  const cache = mkdtempSync(join(tmpdir(), 'newest-html-'));
  const told: string[] = [];
  const off = onNewestHtml((id) => told.push(id));
  try {
    const dir = pageHtmlDir(cache);
    const stored = writePageHtml(dir, 'old', '<p>Before the edit</p>');
    const edited = writePageHtml(dir, 'new', '<p>After the edit</p>');
    const page = entry('guide/intro', stored);
    assert.equal(withPageHtml(page).rendered?.html, '<p>Before the edit</p>');

    setNewestHtml('guide/intro', edited);
    assert.deepEqual(told, ['guide/intro']);
    assert.equal(withPageHtml(page).rendered?.html, '<p>After the edit</p>');
    // Another page keeps its own file.
    assert.equal(withPageHtml(entry('guide/other', stored)).rendered?.html, '<p>Before the edit</p>');

    forgetNewestHtml('guide/intro');
    assert.equal(withPageHtml(page).rendered?.html, '<p>Before the edit</p>');

    setNewestHtml('guide/intro', edited);
    forgetNewestHtml(null);
    assert.equal(withPageHtml(page).rendered?.html, '<p>Before the edit</p>');

    off();
    setNewestHtml('guide/intro', edited);
    assert.deepEqual(told, ['guide/intro', 'guide/intro']);
  } finally {
    off();
    forgetNewestHtml(null);
    rmSync(cache, { recursive: true, force: true });
  }
});
