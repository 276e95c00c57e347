import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodePng, encodePng, type RgbaImage } from '../../helpers/baselines/png.ts';
import { comparePixels } from '../../helpers/baselines/pixel-diff.ts';
import { unifiedDiff } from '../../helpers/baselines/unified-diff.ts';
import { baselineGaps, baselineName } from '../../helpers/baselines/baseline-files.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** A width × height image filled with one colour. */
function filled(width: number, height: number, rgba: [number, number, number, number]): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { width, height, data };
}

describe('PNG', () => {
  test("reads a screenshot Chromium wrote (RGB, its own filters) and writes it back pixel for pixel", () => {
    const bytes = readFileSync(join(ROOT, 'docs/screenshots/containers-375-light.png'));
    const image = decodePng(bytes);
    assert.equal(image.width, 375);
    assert.equal(image.data.length, 375 * image.height * 4);
    // The page's background is white, and some pixels (its text) are not.
    assert.deepEqual([...image.data.subarray(0, 4)], [255, 255, 255, 255]);
    assert.ok(image.data.some((v, i) => i % 4 !== 3 && v < 100));
    const again = decodePng(encodePng(image));
    assert.deepEqual(again, image);
  });

  test('keeps transparency: an image with alpha is written as RGBA', () => {
    const image = filled(3, 2, [10, 20, 30, 128]);
    image.data.set([1, 2, 3, 0], 4);
    const bytes = encodePng(image);
    assert.equal(bytes[25], 6, 'colour type RGBA');
    assert.deepEqual(decodePng(bytes), image);
  });

  test('says what it cannot read', () => {
    assert.throws(() => decodePng(new TextEncoder().encode('GIF89a....')), /not a PNG file/);
    const sixteenBit = encodePng(filled(1, 1, [0, 0, 0, 255]));
    sixteenBit[24] = 16;
    assert.throws(() => decodePng(sixteenBit), /bit depth 16/);
  });
});

describe('comparePixels', () => {
  const tolerance = { channel: 32, fraction: 0.01 };

  test('equal images and small anti-aliasing shifts are the same', () => {
    const a = filled(100, 100, [200, 200, 200, 255]);
    const b = filled(100, 100, [200, 200, 200, 255]);
    for (let i = 0; i < 1000; i++) b.data[i * 4] = 220; // a tenth of the pixels, each 20 steps off
    const result = comparePixels(a, b, tolerance);
    assert.equal(result.same, true);
    assert.equal(result.differing, 0);
  });

  test('a changed area past the fraction differs, and the diff image marks it in red', () => {
    const a = filled(100, 100, [255, 255, 255, 255]);
    const b = filled(100, 100, [255, 255, 255, 255]);
    for (let y = 10; y < 20; y++) for (let x = 10; x < 30; x++) b.data.set([0, 0, 0, 255], (y * 100 + x) * 4);
    const result = comparePixels(a, b, tolerance);
    assert.equal(result.same, false);
    assert.equal(result.differing, 200);
    assert.match(result.reason, /200 of 10000 pixels \(2\.000%\) differ, more than the 100 allowed/);
    assert.deepEqual([...result.diff.data.subarray((15 * 100 + 15) * 4, (15 * 100 + 15) * 4 + 4)], [255, 0, 0, 255]);
    assert.notDeepEqual([...result.diff.data.subarray(0, 4)], [255, 0, 0, 255]);
  });

  test('a few changed pixels within the fraction are the same', () => {
    const a = filled(100, 100, [255, 255, 255, 255]);
    const b = filled(100, 100, [255, 255, 255, 255]);
    for (let x = 0; x < 50; x++) b.data.set([0, 0, 0, 255], x * 4);
    assert.equal(comparePixels(a, b, tolerance).same, true);
    assert.equal(comparePixels(a, b, { channel: 32, fraction: 0.001 }).same, false);
  });

  test('a new size always differs', () => {
    const result = comparePixels(filled(10, 10, [0, 0, 0, 255]), filled(10, 12, [0, 0, 0, 255]), tolerance);
    assert.equal(result.same, false);
    assert.equal(result.reason, 'the size changed from 10×10 to 10×12');
  });
});

describe('unifiedDiff', () => {
  const labels = { before: 'a.yml', after: 'b.yml' };

  test('equal texts give nothing', () => {
    assert.equal(unifiedDiff('x\ny\n', 'x\ny\n', labels), '');
  });

  test('a changed line far from others: one hunk with three lines of context each side', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    const after = before.replace('line 10', 'line ten');
    assert.equal(
      unifiedDiff(before, after, labels),
      ['--- a.yml', '+++ b.yml', '@@ -7,7 +7,7 @@', ' line 7', ' line 8', ' line 9', '-line 10', '+line ten', ' line 11', ' line 12', ' line 13', ''].join('\n'),
    );
  });

  test('changes far apart are separate hunks; near ones share one; counts follow added and removed lines', () => {
    const before = Array.from({ length: 30 }, (_, i) => `${i + 1}`).join('\n');
    const after = before.replace(/^2$/m, '2\nnew').replace(/^5$/m, 'five').replace(/^25\n/m, '');
    const diff = unifiedDiff(before, after, labels);
    const hunks = diff.split('\n').filter((l) => l.startsWith('@@'));
    assert.deepEqual(hunks, ['@@ -1,8 +1,9 @@', '@@ -22,7 +23,6 @@']);
    assert.match(diff, /\n 2\n\+new\n 3\n 4\n-5\n\+five\n/);
    assert.match(diff, /\n 24\n-25\n 26\n/);
  });

  test('an empty side is written as line 0', () => {
    assert.equal(unifiedDiff('', 'a\n', labels), '--- a.yml\n+++ b.yml\n@@ -0,0 +1 @@\n+a\n');
  });
});

describe('baseline files', () => {
  test('a page is named by its path, the home page index, the 404 by its file', () => {
    assert.equal(baselineName('get-started/containers/index.html', 'yml'), 'get-started/containers.yml');
    assert.equal(baselineName('get-started/index.html', 'yml'), 'get-started.yml');
    assert.equal(baselineName('index.html', 'yml'), 'index.yml');
    assert.equal(baselineName('404.html', 'yml'), '404.yml');
    assert.equal(baselineName('/get-started/containers/', 'yml'), 'get-started/containers.yml');
  });

  test('a new page lacks a baseline; a removed page leaves one behind', () => {
    assert.deepEqual(baselineGaps(['index.yml', 'new.yml', 'a.yml'], ['a.yml', 'gone.yml', 'index.yml']), { missing: ['new.yml'], orphaned: ['gone.yml'] });
  });
});
