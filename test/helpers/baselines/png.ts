import { crc32, deflateSync, inflateSync } from 'node:zlib';

/** An image as 8-bit RGBA, row by row from the top left. */
export interface RgbaImage {
  width: number;
  height: number;
  /** width × height × 4 bytes. */
  data: Uint8Array;
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
// Channels per colour type: grey, RGB, grey + alpha, RGBA (PNG's types 0, 2, 4 and 6).
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/**
 * Reads a PNG of 8 bits per channel without interlacing (what browsers' screenshots are) into
 * RGBA. Throws with what it cannot read: a palette, 16 bits or Adam7 are not needed here.
 */
export function decodePng(bytes: Uint8Array): RgbaImage {
  if (bytes.length < 8 || SIGNATURE.some((b, i) => bytes[i] !== b)) throw new Error('not a PNG file (its first 8 bytes are not the PNG signature)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0;
  let height = 0;
  let colorType = -1;
  const idat: Uint8Array[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const depth = body[8];
      colorType = body[9]!;
      if (depth !== 8 || CHANNELS[colorType] === undefined || body[12] !== 0) {
        throw new Error(`PNG with bit depth ${depth}, colour type ${colorType}, interlace ${body[12]}: only 8-bit grey, RGB or RGBA without interlacing is read`);
      }
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (colorType < 0) throw new Error('PNG without an IHDR chunk');
  const channels = CHANNELS[colorType]!;
  const raw = unfilter(inflateSync(Buffer.concat(idat)), width, height, channels);
  return { width, height, data: toRgba(raw, width * height, channels) };
}

/** Writes RGBA as a PNG (RGB when every pixel is opaque), each row with the filter that packs best. */
export function encodePng(image: RgbaImage): Uint8Array {
  const { width, height, data } = image;
  let opaque = true;
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) opaque = false;
  const channels = opaque ? 3 : 4;
  const pixels = opaque ? data.filter((_, i) => i % 4 !== 3) : data;
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, opaque ? 2 : 6, 0, 0, 0], 8);
  const filtered = filterRows(pixels, width, height, channels);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(filtered, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  out.set(Buffer.from(type, 'latin1'), 4);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes PNG's per-row filters (none, sub, up, average, Paeth). */
function unfilter(data: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  if (data.length < height * (stride + 1)) throw new Error(`PNG image data is ${data.length} bytes, short of ${height * (stride + 1)}`);
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[row - stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp]! : 0;
      const predictor = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : -1;
      if (predictor < 0) throw new Error(`PNG row ${y} has unknown filter type ${filter}`);
      out[row + x] = (data[src + x]! + predictor) & 0xff;
    }
  }
  return out;
}

/** Filters each row five ways and keeps the one with the smallest sum of bytes read as signed. */
function filterRows(pixels: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(height * (stride + 1));
  const trial = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    let best = Infinity;
    for (let filter = 0; filter <= 4; filter++) {
      let cost = 0;
      for (let x = 0; x < stride; x++) {
        const a = x >= bpp ? pixels[row + x - bpp]! : 0;
        const b = y > 0 ? pixels[row - stride + x]! : 0;
        const c = x >= bpp && y > 0 ? pixels[row - stride + x - bpp]! : 0;
        const predictor = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
        const v = (pixels[row + x]! - predictor) & 0xff;
        trial[x] = v;
        cost += v < 128 ? v : 256 - v;
      }
      if (cost < best) {
        best = cost;
        out[y * (stride + 1)] = filter;
        out.set(trial, y * (stride + 1) + 1);
      }
    }
  }
  return out;
}

function toRgba(raw: Uint8Array, count: number, channels: number): Uint8Array {
  if (channels === 4) return raw;
  const out = new Uint8Array(count * 4);
  for (let i = 0; i < count; i++) {
    const s = i * channels;
    const grey = channels <= 2;
    out[i * 4] = raw[s]!;
    out[i * 4 + 1] = grey ? raw[s]! : raw[s + 1]!;
    out[i * 4 + 2] = grey ? raw[s]! : raw[s + 2]!;
    out[i * 4 + 3] = channels === 2 ? raw[s + 1]! : channels === 4 ? raw[s + 3]! : 255;
  }
  return out;
}
