// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkPhoto, inspectImage, PHOTO_RULES, type PhotoCheck, type PhotoCheckId } from '../../../src/fields/checks/photo';

// ---- byte builders (no binary fixtures) ----

const KB = 1024;
const MB = 1024 * KB;
/** A size inside the file-size limits, for tests about other rules. */
const OK_SIZE = 300 * KB;

function be16(value: number): number[] {
  return [(value >> 8) & 0xff, value & 0xff];
}

function be32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function text(value: string): number[] {
  return [...value].map((char) => char.charCodeAt(0));
}

/** A marker segment: FF, marker, big-endian length (payload + 2), payload. */
function segment(marker: number, payload: number[]): number[] {
  return [0xff, marker, ...be16(payload.length + 2), ...payload];
}

const SOI = [0xff, 0xd8];
const EOI = [0xff, 0xd9];
const APP0_JFIF = segment(0xe0, [...text('JFIF'), 0, 1, 2, 0, 0, 1, 0, 1, 0, 0]);
const DQT = segment(0xdb, [0, ...new Array<number>(64).fill(1)]);
const DHT = segment(0xc4, [0, ...new Array<number>(16).fill(0)]);

/** Start of frame: precision 8, height, width, then id / sampling / table per component. */
function sof(width: number, height: number, components = 3, marker = 0xc0): number[] {
  const specs: number[] = [];
  for (let id = 1; id <= components; id++) specs.push(id, 0x11, 0);
  return segment(marker, [8, ...be16(height), ...be16(width), components, ...specs]);
}

/** Adobe APP14: 'Adobe', version 100, flags0, flags1, transform (0 = CMYK/RGB, 1 = YCbCr, 2 = YCCK). */
function adobe(transform: number): number[] {
  return segment(0xee, [...text('Adobe'), 0, 100, 0, 0, 0, 0, transform]);
}

/** Start of scan with a few bytes of fake entropy-coded data (FF 00 stuffing included). */
function scan(components = 3): number[] {
  const specs: number[] = [];
  for (let id = 1; id <= components; id++) specs.push(id, 0);
  return [...segment(0xda, [components, ...specs, 0, 63, 0]), 0x12, 0xff, 0x00, 0x34, 0x56];
}

interface JpegOptions {
  width?: number;
  height?: number;
  components?: number;
  marker?: number;
  before?: number[];
}

function jpeg({ width = 1000, height = 1300, components = 3, marker = 0xc0, before = APP0_JFIF }: JpegOptions = {}): Uint8Array {
  return Uint8Array.from([...SOI, ...before, ...DQT, ...sof(width, height, components, marker), ...DHT, ...scan(components), ...EOI]);
}

/** PNG signature + IHDR (CRC not checked by the module, so zeros). */
function png(width: number, height: number): Uint8Array {
  const ihdr = [...be32(13), ...text('IHDR'), ...be32(width), ...be32(height), 8, 2, 0, 0, 0, 0, 0, 0, 0];
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...ihdr, ...be32(0), ...text('IEND'), 0, 0, 0, 0]);
}

/** ISO BMFF file starting with an ftyp box: size, 'ftyp', major brand, minor version, compatible brands. */
function isoBmff(major: string, compatible: string[]): Uint8Array {
  const body = [...text('ftyp'), ...text(major), 0, 0, 0, 0, ...compatible.flatMap(text)];
  const box = [...be32(body.length + 4), ...body];
  return Uint8Array.from([...box, ...be32(8), ...text('meta'), ...new Array<number>(32).fill(0)]);
}

/**
 * SOI, then empty COM segments (FF FE 00 02) up to `sofAt`, then a 1000 × 1300 frame header; `total`
 * bytes in all. `sofAt` must be 2 + a multiple of 4 so the segments end exactly there.
 */
function paddedJpeg(total: number, sofAt: number): Uint8Array {
  if ((sofAt - 2) % 4 !== 0) throw new Error('sofAt must be 2 + 4k');
  const bytes = new Uint8Array(total);
  bytes.set(SOI);
  for (let at = 2; at < sofAt; at += 4) bytes.set([0xff, 0xfe, 0x00, 0x02], at);
  bytes.set(sof(1000, 1300), sofAt);
  return bytes;
}

/** Deterministic PRNG (mulberry32) so the "random" inputs are the same on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(length: number, seed: number): Uint8Array {
  const next = prng(seed);
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

function byId(checks: PhotoCheck[], id: PhotoCheckId): PhotoCheck {
  const check = checks.find((entry) => entry.id === id);
  if (!check) throw new Error(`no ${id} check`);
  return check;
}

const ORDER: PhotoCheckId[] = ['format', 'color', 'file-size', 'dimensions', 'shape'];

// ---- inspectImage ----

describe('inspectImage', () => {
  it('reads a baseline RGB JPEG', () => {
    expect(inspectImage(jpeg())).toEqual({
      format: 'jpeg',
      width: 1000,
      height: 1300,
      components: 3,
      cmyk: false,
      progressive: false,
    });
  });

  it('recognises a progressive (SOF2) JPEG and reads its size', () => {
    const info = inspectImage(jpeg({ width: 640, height: 820, marker: 0xc2 }));
    expect(info).toMatchObject({ format: 'jpeg', width: 640, height: 820, components: 3, progressive: true });
  });

  it('reads the frame from the other SOF markers and skips DHT (C4), which is not a frame', () => {
    expect(inspectImage(jpeg({ marker: 0xc1 }))).toMatchObject({ width: 1000, height: 1300, progressive: false });
    expect(inspectImage(jpeg({ marker: 0xca }))).toMatchObject({ width: 1000, height: 1300, progressive: true });
    // A DHT segment placed first must be skipped, not mistaken for a frame header.
    expect(inspectImage(jpeg({ before: [...DHT, ...APP0_JFIF] }))).toMatchObject({ width: 1000, height: 1300 });
  });

  it('marks 4-component JPEGs as CMYK with or without an Adobe APP14 marker', () => {
    expect(inspectImage(jpeg({ components: 4 }))).toMatchObject({ components: 4, cmyk: true });
    expect(inspectImage(jpeg({ components: 4, before: adobe(0) }))).toMatchObject({ components: 4, cmyk: true });
    expect(inspectImage(jpeg({ components: 4, before: adobe(2) }))).toMatchObject({ components: 4, cmyk: true });
  });

  it('keeps a 3-component JPEG with an Adobe APP14 marker as RGB', () => {
    expect(inspectImage(jpeg({ before: adobe(1) }))).toMatchObject({ components: 3, cmyk: false, width: 1000 });
    expect(inspectImage(jpeg({ before: adobe(0) }))).toMatchObject({ components: 3, cmyk: false, width: 1000 });
  });

  it('skips fill bytes (FF FF …) before a marker', () => {
    const bytes = Uint8Array.from([...SOI, ...APP0_JFIF, 0xff, 0xff, 0xff, ...sof(800, 1000), ...scan(), ...EOI]);
    expect(inspectImage(bytes)).toMatchObject({ width: 800, height: 1000 });
  });

  it('stops at SOS: a frame header after the scan is not read', () => {
    // The frame header follows the SOS header directly, so only the stop at SOS keeps it from being read.
    const sosHeader = segment(0xda, [3, 1, 0, 2, 0, 3, 0, 0, 63, 0]);
    const bytes = Uint8Array.from([...SOI, ...APP0_JFIF, ...sosHeader, ...sof(800, 1000), ...EOI]);
    expect(inspectImage(bytes)).toMatchObject({ format: 'jpeg', width: null, height: null, components: null });
  });

  it('reads PNG width and height from IHDR', () => {
    expect(inspectImage(png(1200, 1500))).toEqual({
      format: 'png',
      width: 1200,
      height: 1500,
      components: null,
      cmyk: false,
      progressive: false,
    });
  });

  it('detects GIF and WebP by magic bytes', () => {
    expect(inspectImage(Uint8Array.from([...text('GIF89a'), 10, 0, 10, 0])).format).toBe('gif');
    const webp = Uint8Array.from([...text('RIFF'), ...be32(100), ...text('WEBPVP8 '), 0, 0, 0, 0]);
    expect(inspectImage(webp).format).toBe('webp');
    // RIFF but not WebP (a WAV file) is unknown.
    expect(inspectImage(Uint8Array.from([...text('RIFF'), ...be32(100), ...text('WAVEfmt ')])).format).toBe('unknown');
  });

  it('detects HEIC by a HEIF brand in the ftyp box, major or compatible', () => {
    expect(inspectImage(isoBmff('heic', ['mif1', 'heic'])).format).toBe('heic');
    expect(inspectImage(isoBmff('mif1', ['heic'])).format).toBe('heic');
    expect(inspectImage(isoBmff('msf1', ['hevc'])).format).toBe('heic');
    expect(inspectImage(isoBmff('isom', ['heix'])).format).toBe('heic');
    expect(inspectImage(isoBmff('mif1', [])).format).toBe('heic');
  });

  it('does not call an MP4 video or an AVIF image HEIC', () => {
    expect(inspectImage(isoBmff('isom', ['isom', 'mp41'])).format).toBe('unknown');
    // AVIF also lists mif1; it is a different format, so it must not get the HEIC advice.
    expect(inspectImage(isoBmff('avif', ['mif1', 'miaf'])).format).toBe('unknown');
  });

  it('returns unknown for random bytes and for empty or tiny input', () => {
    const random = randomBytes(4096, 7);
    random[0] = 0x42; // make sure the seed did not start with a magic number
    expect(inspectImage(random)).toEqual({
      format: 'unknown',
      width: null,
      height: null,
      components: null,
      cmyk: false,
      progressive: false,
    });
    expect(inspectImage(new Uint8Array(0)).format).toBe('unknown');
    expect(inspectImage(Uint8Array.from([0xff, 0xd8])).format).toBe('unknown');
    expect(inspectImage(Uint8Array.from([0xff, 0xd8, 0xff]))).toMatchObject({ format: 'jpeg', width: null });
  });

  it('returns nulls without throwing for a JPEG cut inside the frame header', () => {
    const whole = jpeg();
    const sofAt = whole.findIndex((byte, i) => byte === 0xff && whole[i + 1] === 0xc0);
    expect(sofAt).toBeGreaterThan(0);
    // Cut after the marker, inside the length, inside height, inside width, before the component count.
    for (const keep of [2, 3, 5, 6, 8, 9]) {
      const info = inspectImage(whole.slice(0, sofAt + keep));
      expect(info).toMatchObject({ format: 'jpeg', width: null, height: null, components: null, cmyk: false });
    }
    // With the component count present the header is complete even if the component table is cut.
    expect(inspectImage(whole.slice(0, sofAt + 10))).toMatchObject({ width: 1000, height: 1300, components: 3 });
  });

  it('never throws on any truncation of a valid JPEG or PNG', () => {
    for (const whole of [jpeg({ components: 4, before: adobe(2) }), png(640, 800), isoBmff('heic', ['mif1'])]) {
      for (let cut = 0; cut <= whole.length; cut++) {
        const info = inspectImage(whole.slice(0, cut));
        expect(info.width === null || info.width > 0).toBe(true);
      }
    }
  });

  it('never throws on corrupted JPEG and PNG headers (seeded fuzzing)', () => {
    const next = prng(2024);
    for (const base of [jpeg(), png(800, 1000)]) {
      for (let round = 0; round < 500; round++) {
        const bytes = base.slice();
        for (let flips = 0; flips < 4; flips++) {
          const at = 3 + Math.floor(next() * (bytes.length - 3));
          bytes[at] = Math.floor(next() * 256);
        }
        expect(() => checkPhoto(bytes.slice(0, Math.floor(next() * bytes.length) + 1), OK_SIZE)).not.toThrow();
      }
    }
    for (let round = 0; round < 200; round++) {
      const bytes = randomBytes(256, round);
      bytes.set([0xff, 0xd8, 0xff]);
      expect(() => inspectImage(bytes)).not.toThrow();
    }
  });

  // A hang would fail these by the test's own time limit; how fast they run is not asserted here.
  it('stops on a JPEG with a huge bogus segment length', () => {
    const bogus = Uint8Array.from([...SOI, 0xff, 0xe1, 0xff, 0xff, 0x00, 0x00, ...sof(1000, 1300)]);
    expect(inspectImage(bogus)).toMatchObject({ format: 'jpeg', width: null, height: null });
  });

  it('rejects segment lengths below 2 instead of looping on them', () => {
    const zero = Uint8Array.from([...SOI, 0xff, 0xe1, 0x00, 0x00, ...sof(1000, 1300), ...EOI]);
    const one = Uint8Array.from([...SOI, 0xff, 0xe1, 0x00, 0x01, ...sof(1000, 1300), ...EOI]);
    expect(inspectImage(zero)).toMatchObject({ format: 'jpeg', width: null });
    expect(inspectImage(one)).toMatchObject({ format: 'jpeg', width: null });
  });

  it('bounds the scan to about 1 MB, even over megabytes of fill bytes or tiny segments', () => {
    const fill = new Uint8Array(8 * MB).fill(0xff);
    fill.set([0xff, 0xd8]);
    expect(inspectImage(fill)).toMatchObject({ format: 'jpeg', width: null });

    // 7 MB of empty COM segments (FF FE 00 02) followed by a frame header: beyond the limit, not found.
    expect(inspectImage(paddedJpeg(7 * MB, 7 * MB - 62))).toMatchObject({ format: 'jpeg', width: null });

    // The same padding with the frame header just before 1 MB: found.
    expect(inspectImage(paddedJpeg(MB + 64, MB - 62))).toMatchObject({ width: 1000, height: 1300 });
    // And just past 1 MB: not looked for.
    expect(inspectImage(paddedJpeg(MB + 64, MB + 2))).toMatchObject({ format: 'jpeg', width: null });
  });

  it('reads only its own view of a larger buffer', () => {
    const whole = jpeg();
    const host = new Uint8Array(whole.length + 20);
    host.set(whole, 7);
    // A view starting at byte 7 is the whole JPEG.
    expect(inspectImage(host.subarray(7, 7 + whole.length))).toMatchObject({ width: 1000, height: 1300 });
    // A view that ends before the frame header must not see the bytes that follow it in the buffer.
    const sofAt = whole.findIndex((byte, i) => byte === 0xff && whole[i + 1] === 0xc0);
    expect(inspectImage(host.subarray(7, 7 + sofAt + 6))).toMatchObject({ format: 'jpeg', width: null });
  });

  it('treats zero sides as unknown (JPEG height 0 = defined later by DNL)', () => {
    expect(inspectImage(jpeg({ width: 1000, height: 0 }))).toMatchObject({ width: 1000, height: null });
    expect(inspectImage(png(0, 0))).toMatchObject({ format: 'png', width: null, height: null });
  });
});

// ---- checkPhoto ----

describe('checkPhoto', () => {
  it('passes a baseline RGB JPEG of 1000 × 1300 px with every rule, in order', () => {
    const checks = checkPhoto(jpeg(), OK_SIZE);
    expect(checks.map((check) => check.id)).toEqual(ORDER);
    expect(checks.every((check) => check.pass)).toBe(true);
    expect(checks).toEqual([
      { id: 'format', pass: true, detail: { format: 'jpeg' } },
      { id: 'color', pass: true, detail: { components: 3, cmyk: false } },
      { id: 'file-size', pass: true, detail: { bytes: OK_SIZE } },
      { id: 'dimensions', pass: true, detail: { width: 1000, height: 1300 } },
      { id: 'shape', pass: true, detail: { width: 1000, height: 1300, ratio: 1.3, orientation: 'portrait' } },
    ]);
  });

  it('passes a progressive JPEG too', () => {
    expect(checkPhoto(jpeg({ marker: 0xc2 }), OK_SIZE).every((check) => check.pass)).toBe(true);
  });

  it('fails color for CMYK JPEGs, with and without an Adobe APP14 marker', () => {
    for (const before of [APP0_JFIF, adobe(0), adobe(2)]) {
      const checks = checkPhoto(jpeg({ components: 4, before }), OK_SIZE);
      expect(byId(checks, 'color')).toEqual({ id: 'color', pass: false, detail: { components: 4, cmyk: true } });
      expect(byId(checks, 'format').pass).toBe(true);
      expect(byId(checks, 'dimensions').pass).toBe(true);
    }
  });

  it('passes color for a grayscale (1-component) JPEG', () => {
    // Black-and-white photos are allowed (domain.md §2.2 [S3][S4]); "RGB, not CMYK" rules out CMYK only,
    // so a one-component JPEG is accepted.
    const checks = checkPhoto(jpeg({ components: 1 }), OK_SIZE);
    expect(byId(checks, 'color')).toEqual({ id: 'color', pass: true, detail: { components: 1, cmyk: false } });
    expect(checks.every((check) => check.pass)).toBe(true);
  });

  it('fails color for a JPEG with an invalid component count', () => {
    expect(byId(checkPhoto(jpeg({ components: 2 }), OK_SIZE), 'color')).toEqual({
      id: 'color',
      pass: false,
      detail: { components: 2, cmyk: false },
    });
  });

  it('fails format for PNG, naming the format, and judges its size from IHDR', () => {
    const checks = checkPhoto(png(1000, 1300), OK_SIZE);
    expect(byId(checks, 'format')).toEqual({ id: 'format', pass: false, detail: { format: 'png' } });
    // Colour is read from JPEG headers only, so it cannot be judged for a PNG.
    expect(byId(checks, 'color')).toEqual({ id: 'color', pass: false, detail: { unknown: true } });
    expect(byId(checks, 'dimensions')).toEqual({ id: 'dimensions', pass: true, detail: { width: 1000, height: 1300 } });
    expect(byId(checks, 'shape').pass).toBe(true);
  });

  it('fails format for HEIC and marks the rules it cannot judge as unknown', () => {
    const checks = checkPhoto(isoBmff('heic', ['mif1', 'heic']), OK_SIZE);
    expect(checks).toEqual([
      { id: 'format', pass: false, detail: { format: 'heic' } },
      { id: 'color', pass: false, detail: { unknown: true } },
      { id: 'file-size', pass: true, detail: { bytes: OK_SIZE } },
      { id: 'dimensions', pass: false, detail: { unknown: true } },
      { id: 'shape', pass: false, detail: { unknown: true } },
    ]);
  });

  it('fails format for random bytes as unknown', () => {
    const random = randomBytes(2048, 99);
    random[0] = 0x00;
    const checks = checkPhoto(random, 2048);
    expect(checks.map((check) => check.id)).toEqual(ORDER);
    expect(byId(checks, 'format')).toEqual({ id: 'format', pass: false, detail: { format: 'unknown' } });
    expect(checks.every((check) => !check.pass)).toBe(true);
  });

  it('uses 1 KB = 1024 bytes and inclusive file-size limits', () => {
    expect(PHOTO_RULES.minBytes).toBe(20_480);
    expect(PHOTO_RULES.maxBytes).toBe(7_340_032);
    const size = (bytes: number) => byId(checkPhoto(jpeg(), bytes), 'file-size');
    expect(size(20 * KB)).toEqual({ id: 'file-size', pass: true, detail: { bytes: 20_480 } });
    expect(size(20 * KB - 1)).toEqual({ id: 'file-size', pass: false, detail: { bytes: 20_479 } });
    expect(size(7 * MB)).toEqual({ id: 'file-size', pass: true, detail: { bytes: 7_340_032 } });
    expect(size(7 * MB + 1)).toEqual({ id: 'file-size', pass: false, detail: { bytes: 7_340_033 } });
    expect(size(0).pass).toBe(false);
  });

  it('judges file size from the size argument, not from the bytes it was given', () => {
    // The caller may pass only the head of the file; the short buffer here stands for a 5 MB file.
    expect(byId(checkPhoto(jpeg(), 5 * MB), 'file-size').pass).toBe(true);
    expect(byId(checkPhoto(jpeg(), Number.NaN), 'file-size')).toEqual({ id: 'file-size', pass: false, detail: { unknown: true } });
    expect(byId(checkPhoto(jpeg(), -1), 'file-size')).toEqual({ id: 'file-size', pass: false, detail: { unknown: true } });
  });

  it('accepts sides of exactly 480 and 6000 px and rejects 479 and 6001', () => {
    const dims = (width: number, height: number) => byId(checkPhoto(jpeg({ width, height }), OK_SIZE), 'dimensions');
    expect(dims(480, 620)).toEqual({ id: 'dimensions', pass: true, detail: { width: 480, height: 620 } });
    expect(dims(4650, 6000)).toEqual({ id: 'dimensions', pass: true, detail: { width: 4650, height: 6000 } });
    expect(dims(479, 620).pass).toBe(false);
    expect(dims(4650, 6001).pass).toBe(false);
    // Each side is checked on its own: a too-small height fails even if the width is fine.
    expect(dims(480, 479).pass).toBe(false);
    expect(dims(6001, 7000).pass).toBe(false);
  });

  it('fails shape for square and landscape photos', () => {
    const shape = (width: number, height: number) => byId(checkPhoto(jpeg({ width, height }), OK_SIZE), 'shape');
    expect(shape(1000, 1000)).toEqual({
      id: 'shape',
      pass: false,
      detail: { width: 1000, height: 1000, ratio: 1, orientation: 'square' },
    });
    expect(shape(1300, 1000)).toEqual({
      id: 'shape',
      pass: false,
      detail: { width: 1300, height: 1000, ratio: 0.769, orientation: 'landscape' },
    });
    // A landscape photo can still meet the pixel limits; only the shape rule catches it.
    expect(byId(checkPhoto(jpeg({ width: 1300, height: 1000 }), OK_SIZE), 'dimensions').pass).toBe(true);
  });

  it('accepts portrait shapes within ±10 % of 4.5 / 3.5 and rejects those outside', () => {
    const pass = (width: number, height: number) => byId(checkPhoto(jpeg({ width, height }), OK_SIZE), 'shape').pass;
    expect(pass(700, 900)).toBe(true); // exactly 4.5 : 3.5
    expect(pass(1000, 1160)).toBe(true); // 1.160, just above the lower bound ≈ 1.157
    expect(pass(1000, 1150)).toBe(false); // 1.150
    expect(pass(1000, 1410)).toBe(true); // 1.410, just below the upper bound ≈ 1.414
    expect(pass(1000, 1420)).toBe(false); // 1.420
    expect(pass(600, 1200)).toBe(false); // 2 : 1, too tall
  });

  it('fails dimensions and shape as unknown for a JPEG cut inside the frame header, without throwing', () => {
    const whole = jpeg();
    const sofAt = whole.findIndex((byte, i) => byte === 0xff && whole[i + 1] === 0xc0);
    const cut = whole.slice(0, sofAt + 6);
    expect(inspectImage(cut).width).toBeNull();
    const checks = checkPhoto(cut, OK_SIZE);
    expect(byId(checks, 'format').pass).toBe(true);
    expect(byId(checks, 'color')).toEqual({ id: 'color', pass: false, detail: { unknown: true } });
    expect(byId(checks, 'dimensions')).toEqual({ id: 'dimensions', pass: false, detail: { unknown: true } });
    expect(byId(checks, 'shape')).toEqual({ id: 'shape', pass: false, detail: { unknown: true } });
  });

  it('does not hang on a JPEG with a huge bogus segment length', () => {
    const bogus = Uint8Array.from([...SOI, 0xff, 0xe1, 0xff, 0xff, 1, 2, 3]);
    const checks = checkPhoto(bogus, OK_SIZE);
    expect(byId(checks, 'dimensions')).toEqual({ id: 'dimensions', pass: false, detail: { unknown: true } });
  });

  it('does not change its input', () => {
    const bytes = jpeg({ components: 4, before: adobe(2) });
    const copy = bytes.slice();
    checkPhoto(bytes, OK_SIZE);
    expect(bytes).toEqual(copy);
  });
});
