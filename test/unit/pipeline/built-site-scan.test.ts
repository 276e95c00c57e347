import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { addScannedFile, scanBuiltSite, SiteScanner } from '../../../src/pipeline/built-site-scan.ts';
import { indexedText } from '../../../src/lib/search/build/vocabulary.ts';

const PAGE = '<html><body><main data-pagefind-body><h1>Swarm &amp; stack</h1><p>Join the swarm.</p></main></body></html>';

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A small built site in a new folder (removed when the tests end). */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scan-'));
  made.push(dir);
  mkdirSync(join(dir, 'site/guide'), { recursive: true });
  mkdirSync(join(dir, 'site/pagefind'), { recursive: true });
  writeFileSync(join(dir, 'site/guide/index.html'), PAGE);
  writeFileSync(join(dir, 'site/style.css'), 'body { color: black; }'.repeat(20));
  writeFileSync(join(dir, 'site/pagefind/en.pf_meta'), 'already gzipped');
  return dir;
}

test('each file gets its revision, compressed size and indexed text', async () => {
  const dir = site();
  const scan = await scanBuiltSite(join(dir, 'site'));
  assert.deepEqual(scan.files.map((f) => f.path), ['guide/index.html', 'pagefind/en.pf_meta', 'style.css']);
  const [page, meta] = scan.files;
  assert.equal(page!.gzipBytes, gzipSync(PAGE).length);
  assert.match(page!.revision, /^[0-9a-f]{12}$/);
  assert.equal(meta!.gzipBytes, 'already gzipped'.length);
  assert.equal(scan.pageTexts.get('guide/index.html'), indexedText(PAGE));
  assert.deepEqual([...scan.pagefindBytes.keys()], ['pagefind/en.pf_meta']);
});

test('a second scan derives only the files whose bytes changed, with the same results as a fresh scan', async () => {
  const dir = site();
  const cache = join(dir, 'cache/site-scan.json');
  assert.equal((await scanBuiltSite(join(dir, 'site'), cache, 'code-1')).derived, 3);
  assert.equal((await scanBuiltSite(join(dir, 'site'), cache, 'code-1')).derived, 0);
  const edited = PAGE.replace('Join the swarm.', 'Leave the swarm.');
  writeFileSync(join(dir, 'site/guide/index.html'), edited);
  const warm = await scanBuiltSite(join(dir, 'site'), cache, 'code-1');
  assert.equal(warm.derived, 1);
  assert.deepEqual(warm.files, (await scanBuiltSite(join(dir, 'site'))).files);
  assert.equal(warm.pageTexts.get('guide/index.html'), indexedText(edited));
  // Other code may index differently: nothing is taken from the cache.
  assert.equal((await scanBuiltSite(join(dir, 'site'), cache, 'code-2')).derived, 3);
  writeFileSync(cache, '{ not json');
  assert.equal((await scanBuiltSite(join(dir, 'site'), cache, 'code-2')).derived, 3);
});

test('a file written after the scan joins it in path order', async () => {
  const dir = site();
  const scan = await scanBuiltSite(join(dir, 'site'));
  addScannedFile(scan, 'pagefind/words.json', Buffer.from('{"words":[]}'));
  assert.deepEqual(scan.files.map((f) => f.path), ['guide/index.html', 'pagefind/en.pf_meta', 'pagefind/words.json', 'style.css']);
  assert.equal(scan.files[2]!.gzipBytes, gzipSync('{"words":[]}').length);
});

test('a scan in two passes, the pages and then the search bundle, equals one pass', async () => {
  const dir = site();
  const scanner = new SiteScanner(join(dir, 'site'));
  await scanner.add((path) => !path.startsWith('pagefind/'));
  await scanner.add((path) => path.startsWith('pagefind/'));
  assert.deepEqual(scanner.finish(), await scanBuiltSite(join(dir, 'site')));
});
