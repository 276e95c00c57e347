import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { sharedBuild, htmlFiles } from '../helpers/build-site.ts';

test('every built page is valid HTML', async () => {
  const site = sharedBuild('content');
  assert.equal(site.status, 0, site.output);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  const pages = htmlFiles(site.outDir);
  for (const page of pages) {
    const report = await validator.validateFile(join(site.outDir, page));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  assert.ok(pages.length >= 5, `only ${pages.length} pages were built`);
  assert.deepEqual(problems, []);
});

test('the validator with the site config does catch invalid markup', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></div></p><img src="a.png"></body></html>', 'planted.html');
  assert.equal(report.valid, false);
});
