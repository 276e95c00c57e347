import type { RgbaImage } from './png.ts';

/** How far two screenshots may differ and still be the same picture. */
export interface Tolerance {
  /** A pixel differs when one of its channels moved by more than this (0–255): anti-aliasing noise stays under it. */
  channel: number;
  /** The images differ when more than this fraction of pixels differ (0–1). */
  fraction: number;
}

export interface PixelComparison {
  /** False when the sizes differ or too many pixels do. */
  same: boolean;
  /** Why not, in words a test failure can show; '' when the same. */
  reason: string;
  differing: number;
  total: number;
  /** The actual image faded, with each differing pixel in red (empty when the sizes differ). */
  diff: RgbaImage;
}

/** Compares two images pixel by pixel within `tolerance`. */
export function comparePixels(expected: RgbaImage, actual: RgbaImage, tolerance: Tolerance): PixelComparison {
  const total = actual.width * actual.height;
  if (expected.width !== actual.width || expected.height !== actual.height) {
    const reason = `the size changed from ${expected.width}×${expected.height} to ${actual.width}×${actual.height}`;
    return { same: false, reason, differing: total, total, diff: { width: 0, height: 0, data: new Uint8Array(0) } };
  }
  const diff = new Uint8Array(actual.data.length);
  let differing = 0;
  for (let i = 0; i < actual.data.length; i += 4) {
    let moved = 0;
    for (let c = 0; c < 4; c++) moved = Math.max(moved, Math.abs(expected.data[i + c]! - actual.data[i + c]!));
    if (moved > tolerance.channel) {
      differing++;
      diff.set([255, 0, 0, 255], i);
    } else {
      // A pale grey copy of the actual pixel, so the red shows where on the page things moved.
      const grey = (actual.data[i]! * 0.3 + actual.data[i + 1]! * 0.59 + actual.data[i + 2]! * 0.11) | 0;
      const faded = 255 - ((255 - grey) >> 2);
      diff.set([faded, faded, faded, 255], i);
    }
  }
  const allowed = Math.floor(tolerance.fraction * total);
  const same = differing <= allowed;
  const percent = ((differing / total) * 100).toFixed(3);
  const reason = same ? '' : `${differing} of ${total} pixels (${percent}%) differ, more than the ${allowed} allowed`;
  return { same, reason, differing, total, diff: { width: actual.width, height: actual.height, data: diff } };
}
