import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { collidingNames, fragmentProblems, fragmentsToReuse, keptFragments, metaFiles, type KeptFragment } from '../../../../src/lib/search/build/fragment-reuse.ts';

const kept = (page: string, name: string): KeptFragment => ({ page, fragment: `fragment/${name}.pf_fragment`, bytes: `bytes-of-${name}` });

test('only the fragments of pages whose HTML is byte for byte the previous build are reused', () => {
  const record = new Map([
    ['a/index.html', kept('A1', 'en_aaaaaaa')],
    ['b/index.html', kept('B1', 'en_bbbbbbb')],
    ['gone/index.html', kept('G1', 'en_ccccccc')],
  ]);
  const built = new Map([
    ['a/index.html', 'A1'],
    ['b/index.html', 'B2'],
    ['new/index.html', 'N1'],
  ]);
  assert.deepEqual(fragmentsToReuse(record, built), [kept('A1', 'en_aaaaaaa')]);
  assert.deepEqual(fragmentsToReuse(new Map(), built), []);
  // A damaged record names no file outside the bundle's fragments.
  const damaged = new Map([['a/index.html', { page: 'A1', fragment: '../index.html', bytes: 'x' }]]);
  assert.deepEqual(fragmentsToReuse(damaged, built), []);
});

test('fragments that met on one name in the previous build are left for Pagefind to write', () => {
  const record = new Map([
    ['a/index.html', kept('A', 'en_1234567')],
    ['b/index.html', kept('B', 'en_12345678')],
    ['c/index.html', kept('C', 'en_7654321')],
  ]);
  // Every page unchanged.
  const built = new Map([...record].map(([page, k]) => [page, k.page]));
  assert.deepEqual(fragmentsToReuse(record, built), [kept('C', 'en_7654321')]);
});

test('a longer name whose usual seven digits are a reused file is a collision; other names are not', () => {
  const reused = ['fragment/en_1234567.pf_fragment', 'fragment/en_abcdef0.pf_fragment'];
  assert.deepEqual(collidingNames(['fragment/en_1234567.pf_fragment', 'fragment/en_abcdef0.pf_fragment', 'fragment/en_7654321.pf_fragment'], reused), []);
  // Pagefind made a name one digit longer: two fragments met on en_1234567.
  assert.deepEqual(collidingNames(['fragment/en_1234567.pf_fragment', 'fragment/en_12345678.pf_fragment'], reused), ['fragment/en_12345678.pf_fragment']);
  // A longer name whose short form nobody reused is Pagefind's own affair.
  assert.deepEqual(collidingNames(['fragment/en_99999990.pf_fragment'], reused), []);
  // The language can be longer than two letters.
  assert.deepEqual(collidingNames(['fragment/pt-br_12345678a.pf_fragment'], ['fragment/pt-br_1234567.pf_fragment']), ['fragment/pt-br_12345678a.pf_fragment']);
});

test("a meta file's fragments, index chunks and filters are named as Pagefind writes them", () => {
  const meta = encode(['1.6.0', [['en_1111111', 120], ['en_2222222', 80]], [['a', 'k', 'en_3333333'], ['l', 'z', 'en_4444444']], [['section', 'en_5555555']], [], ['title']]);
  const gz = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(meta)]));
  assert.deepEqual(metaFiles('pagefind.en_0.pf_meta', gz), {
    fragments: ['fragment/en_1111111.pf_fragment', 'fragment/en_2222222.pf_fragment'],
    chunks: ['index/en_3333333.pf_index', 'index/en_4444444.pf_index'],
    filters: ['filter/en_5555555.pf_filter'],
  });
  assert.throws(() => metaFiles('pagefind.en_0.pf_meta', gzipSync(Buffer.from(meta))), /pagefind\.en_0\.pf_meta: not a Pagefind 1\.6 file/);
});

test('the record keeps each page served by one fragment, with both digests; chunks and unknown files are left out', () => {
  const uses = [
    { path: 'pagefind/fragment/en_1111111.pf_fragment', pages: ['a/index.html'] },
    { path: 'pagefind/fragment/en_2222222.pf_fragment', pages: ['b/index.html'] },
    { path: 'pagefind/fragment/en_3333333.pf_fragment', pages: [] },
    { path: 'pagefind/index/en_4444444.pf_index', pages: ['a/index.html'] },
  ];
  const digests = new Map([
    ['a/index.html', 'A'],
    ['pagefind/fragment/en_1111111.pf_fragment', 'F1'],
    ['pagefind/fragment/en_2222222.pf_fragment', 'F2'],
  ]);
  assert.deepEqual(keptFragments(uses, digests), [['a/index.html', { page: 'A', fragment: 'fragment/en_1111111.pf_fragment', bytes: 'F1' }]]);
});

test('a bundle whose fragment serves no page, or whose page has two fragments, has problems; a sound one has none', () => {
  const sound = [
    { path: 'pagefind/fragment/en_1111111.pf_fragment', pages: ['a/index.html'] },
    { path: 'pagefind/fragment/en_2222222.pf_fragment', pages: ['b/index.html'] },
    { path: 'pagefind/index/en_3333333.pf_index', pages: ['a/index.html', 'b/index.html'] },
  ];
  assert.deepEqual(fragmentProblems(sound), []);
  assert.deepEqual(fragmentProblems([...sound, { path: 'pagefind/fragment/en_4444444.pf_fragment', pages: ['a/index.html'] }]), [
    'a/index.html is served by 2 fragments (pagefind/fragment/en_1111111.pf_fragment, pagefind/fragment/en_4444444.pf_fragment).',
  ]);
  assert.deepEqual(fragmentProblems([{ path: 'pagefind/fragment/en_5555555.pf_fragment', pages: [] }]), ['pagefind/fragment/en_5555555.pf_fragment serves 0 pages, not one.']);
});
