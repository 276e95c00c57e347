import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { eachChunkPage } from '../../../src/lib/offline/pagefind-chunk-pages.ts';
import { pagefindUses } from '../../../src/lib/offline/pagefind-uses.ts';

const pages = (payload: Uint8Array) => {
  const seen: number[] = [];
  eachChunkPage(payload, (n) => seen.push(n));
  return seen;
};

test('an index chunk gives the page numbers of every hit of every word, deltas added up per word', () => {
  // Two words; hits carry locations (small and large numbers, negative weights) and extra fields.
  const chunk = encode([
    [
      ['alpha', [[0, [-49, 315, 70000], []], [3, [5], [['x', 1]]], [250, [1.5, 2], []]], [], 'extra'],
      ['beta', [[2, [], []], [1, [-1], []]]],
    ],
    { other: [1, 2, 3] },
  ]);
  assert.deepEqual(pages(chunk), [0, 3, 253, 2, 3]);
});

test('indefinite lengths, as another encoder may write them, are read too', () => {
  // [_ [_ ["w", [_ [1, []], [2, []] ]] ] ]
  const bytes = Uint8Array.from([0x9f, 0x9f, 0x82, 0x61, 0x77, 0x9f, 0x82, 0x01, 0x80, 0x82, 0x02, 0x80, 0xff, 0xff, 0xff]);
  assert.deepEqual(pages(bytes), [1, 3]);
});

test('a damaged chunk is an error naming the file, not a wrong plan', () => {
  const whole = encode([[['alpha', [[0, [1], []], [2, [1], []]]]]]);
  assert.throws(() => pages(whole.subarray(0, whole.length - 3)), /ends inside an item/);
  assert.throws(() => pages(encode([[['alpha', [['zero', [], []]]]]])), /page number is not a whole number/);
  const pf = (payload: Uint8Array) => new Uint8Array(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), payload])));
  const meta = encode(['1.6.0', [['en_f1', 1, '']], [], [], []]);
  assert.throws(
    () =>
      pagefindUses({
        meta: { path: 'pagefind/pagefind.en_x.pf_meta', bytes: pf(meta) },
        indexChunks: [{ path: 'pagefind/index/en_i1.pf_index', bytes: pf(encode({ not: 'a chunk' })) }],
        fragments: [],
        fileForUrl: () => undefined,
      }),
    /pagefind\/index\/en_i1\.pf_index: not an index chunk Pagefind 1\.6 writes \(the chunk is not an array\)/,
  );
});
