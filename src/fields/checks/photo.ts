/**
 * Local check of the face photo chosen in the online application form.
 *
 * Pure functions over the file's bytes: nothing is uploaded, stored or written back to the form. Only the
 * headers are read (JPEG markers up to the first frame header, the PNG IHDR chunk, the ISO BMFF `ftyp`
 * box), so callers may pass just the head of a large file together with the file's real size.
 *
 * The rules are J-LIS's for the online photo file (../shared/reference/domain.md §2.2 [S3][S20]): JPEG;
 * RGB, not CMYK; 20 KB to 7 MB; width and height each 480 to 6000 px. The portrait shape follows the
 * printed photo, 4.5 cm high × 3.5 cm wide [S3][S4]. Black-and-white photos are allowed [S3][S4], so a
 * one-component (grayscale) JPEG passes the colour rule.
 */

export type ImageFormat = 'jpeg' | 'png' | 'heic' | 'gif' | 'webp' | 'unknown';

export interface ImageInfo {
  format: ImageFormat;
  /** From the JPEG SOFn / PNG IHDR header; null when unknown. */
  width: number | null;
  height: number | null;
  /** JPEG only: number of colour components (1 gray, 3 YCbCr/RGB, 4 CMYK/YCCK); null otherwise. */
  components: number | null;
  /** JPEG only: true for CMYK or YCCK (4 components; the Adobe APP14 marker tells which). */
  cmyk: boolean;
  /** JPEG only: true for progressive (SOF2) encoding. */
  progressive: boolean;
}

/**
 * Limits of the online photo file. Sizes are binary: 1 KB = 1024 bytes and 1 MB = 1024 × 1024 bytes
 * (J-LIS only writes "20KB" and "7MB"). Both limits are inclusive.
 */
export const PHOTO_RULES = {
  minBytes: 20 * 1024,
  maxBytes: 7 * 1024 * 1024,
  minSide: 480,
  maxSide: 6000,
  aspect: 4.5 / 3.5,
  aspectTolerance: 0.1,
} as const;

export type PhotoCheckId = 'format' | 'color' | 'file-size' | 'dimensions' | 'shape';

export interface PhotoCheck {
  id: PhotoCheckId;
  pass: boolean;
  /** values for the message, e.g. { bytes: 12345 } or { width: 400, height: 600 } or { format: 'heic' } */
  detail: Record<string, string | number | boolean>;
}

/** JPEG markers are not looked for beyond this offset (1 MiB), whatever the file holds after it. */
const MAX_SCAN_BYTES = 1024 * 1024;
/** Brands of an ISO BMFF `ftyp` box are not read beyond this offset. */
const MAX_FTYP_BYTES = 4096;

/** Start-of-frame markers: SOF0–3, 5–7, 9–11, 13–15 (C4 is DHT, C8 reserved, CC is DAC). */
const SOF_MARKERS: ReadonlySet<number> = new Set([
  0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf,
]);
/** Progressive frames: SOF2, and the rare differential / arithmetic variants SOF6, SOF10, SOF14. */
const PROGRESSIVE_MARKERS: ReadonlySet<number> = new Set([0xc2, 0xc6, 0xca, 0xce]);
const SOS = 0xda;
const EOI = 0xd9;

/** Brands that only HEIF-with-HEVC files carry. */
const HEIC_BRANDS: ReadonlySet<string> = new Set(['heic', 'heix', 'hevc', 'hevx']);
/** Generic HEIF brands; AVIF files carry them too, so they count only without an AVIF brand. */
const HEIF_BRANDS: ReadonlySet<string> = new Set(['mif1', 'msf1']);
const AVIF_BRANDS: ReadonlySet<string> = new Set(['avif', 'avis']);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

function u8(bytes: Uint8Array, at: number): number | null {
  return at >= 0 && at < bytes.length ? (bytes[at] ?? null) : null;
}

function u16(bytes: Uint8Array, at: number): number | null {
  const hi = u8(bytes, at);
  const lo = u8(bytes, at + 1);
  return hi === null || lo === null ? null : hi * 0x100 + lo;
}

function u32(bytes: Uint8Array, at: number): number | null {
  const hi = u16(bytes, at);
  const lo = u16(bytes, at + 2);
  return hi === null || lo === null ? null : hi * 0x10000 + lo;
}

function ascii(bytes: Uint8Array, at: number, length: number): string | null {
  if (at < 0 || at + length > bytes.length) return null;
  let text = '';
  for (let i = at; i < at + length; i++) text += String.fromCharCode(bytes[i] ?? 0);
  return text;
}

function startsWith(bytes: Uint8Array, at: number, expected: readonly number[]): boolean {
  return expected.every((value, i) => u8(bytes, at + i) === value);
}

/** Brands of an `ftyp` box at offset 0 (major brand first), or null when there is none. */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (ascii(bytes, 4, 4) !== 'ftyp') return null;
  const size = u32(bytes, 0);
  if (size === null) return null;
  // size 1: a 64-bit size follows the type; size 0: the box runs to the end of the file.
  const header = size === 1 ? 16 : 8;
  const end = Math.min(size > 1 ? size : bytes.length, bytes.length, MAX_FTYP_BYTES);
  const brands: string[] = [];
  const major = header + 4 <= end ? ascii(bytes, header, 4) : null;
  if (major === null) return brands;
  brands.push(major);
  // Minor version (4 bytes) sits between the major and the compatible brands.
  for (let at = header + 8; at + 4 <= end; at += 4) {
    const brand = ascii(bytes, at, 4);
    if (brand !== null) brands.push(brand);
  }
  return brands;
}

function isHeic(bytes: Uint8Array): boolean {
  const brands = ftypBrands(bytes);
  if (brands === null) return false;
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return true;
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return false;
  return brands.some((brand) => HEIF_BRANDS.has(brand));
}

function detectFormat(bytes: Uint8Array): ImageFormat {
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, 0, PNG_SIGNATURE)) return 'png';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (isHeic(bytes)) return 'heic';
  return 'unknown';
}

interface JpegFrame {
  width: number | null;
  height: number | null;
  components: number | null;
  progressive: boolean;
}

/**
 * Walks the JPEG marker segments from offset 2 to the first start-of-frame header. Stops (returning null)
 * at SOS or EOI, at anything that is not a marker, at a segment header cut by the end of the buffer, and
 * at the scan limit. Every step moves forward by at least two bytes, so a bogus length cannot loop.
 *
 * Colour: 4 components are CMYK (Adobe APP14 transform 0, or no APP14 at all) or YCCK (transform 2). Both
 * count as `cmyk`, so the APP14 segment needs no reading; with 1 or 3 components the image is gray or RGB
 * whatever APP14 says.
 */
function readJpegFrame(bytes: Uint8Array): JpegFrame | null {
  const scanEnd = Math.min(bytes.length, MAX_SCAN_BYTES);
  let at = 2;
  while (at < scanEnd) {
    if (bytes[at] !== 0xff) return null;
    // Any marker may be preceded by fill bytes 0xFF.
    while (at + 1 < scanEnd && bytes[at + 1] === 0xff) at++;
    const marker = u8(bytes, at + 1);
    if (marker === null || marker === 0x00 || marker === SOS || marker === EOI) return null;
    // Stand-alone markers without a length: TEM, RST0–7, SOI.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2;
      continue;
    }
    const length = u16(bytes, at + 2);
    if (length === null || length < 2) return null;
    if (SOF_MARKERS.has(marker)) {
      // Segment: length(2) precision(1) height(2) width(2) components(1) …
      const height = u16(bytes, at + 5);
      const width = u16(bytes, at + 7);
      const components = u8(bytes, at + 9);
      if (length < 8 || height === null || width === null || components === null) return null;
      return {
        // Height 0 means "given later by a DNL marker"; width 0 is invalid.
        width: width > 0 ? width : null,
        height: height > 0 ? height : null,
        components: components > 0 ? components : null,
        progressive: PROGRESSIVE_MARKERS.has(marker),
      };
    }
    at += 2 + length;
  }
  return null;
}

/** Width and height from the IHDR chunk, which must come first after the signature. */
function readPngSize(bytes: Uint8Array): { width: number | null; height: number | null } {
  if (ascii(bytes, 12, 4) !== 'IHDR') return { width: null, height: null };
  const width = u32(bytes, 16);
  const height = u32(bytes, 20);
  return { width: width ? width : null, height: height ? height : null };
}

/**
 * Reads only the headers; never throws on truncated or hostile data (returns format with nulls). Must not
 * read past the buffer; stop after at most ~1 MB of scanning.
 */
export function inspectImage(bytes: Uint8Array): ImageInfo {
  const format = detectFormat(bytes);
  const info: ImageInfo = { format, width: null, height: null, components: null, cmyk: false, progressive: false };
  if (format === 'jpeg') {
    const frame = readJpegFrame(bytes);
    if (frame) {
      info.width = frame.width;
      info.height = frame.height;
      info.components = frame.components;
      info.cmyk = frame.components === 4;
      info.progressive = frame.progressive;
    }
  } else if (format === 'png') {
    Object.assign(info, readPngSize(bytes));
  }
  return info;
}

const UNKNOWN = { unknown: true } as const;

function formatCheck(info: ImageInfo): PhotoCheck {
  return { id: 'format', pass: info.format === 'jpeg', detail: { format: info.format } };
}

function colorCheck(info: ImageInfo): PhotoCheck {
  if (info.format !== 'jpeg' || info.components === null) return { id: 'color', pass: false, detail: { ...UNKNOWN } };
  // 1 component = grayscale (black-and-white photos are allowed), 3 = YCbCr/RGB; 2 or 5+ are not valid colour JPEGs.
  const pass = !info.cmyk && (info.components === 1 || info.components === 3);
  return { id: 'color', pass, detail: { components: info.components, cmyk: info.cmyk } };
}

function fileSizeCheck(size: number): PhotoCheck {
  if (!Number.isFinite(size) || size < 0) return { id: 'file-size', pass: false, detail: { ...UNKNOWN } };
  const pass = size >= PHOTO_RULES.minBytes && size <= PHOTO_RULES.maxBytes;
  return { id: 'file-size', pass, detail: { bytes: size } };
}

function dimensionsCheck(info: ImageInfo): PhotoCheck {
  const { width, height } = info;
  if (width === null || height === null) return { id: 'dimensions', pass: false, detail: { ...UNKNOWN } };
  const inRange = (side: number) => side >= PHOTO_RULES.minSide && side <= PHOTO_RULES.maxSide;
  return { id: 'dimensions', pass: inRange(width) && inRange(height), detail: { width, height } };
}

function shapeCheck(info: ImageInfo): PhotoCheck {
  const { width, height } = info;
  if (width === null || height === null) return { id: 'shape', pass: false, detail: { ...UNKNOWN } };
  const ratio = height / width;
  // Relative tolerance: 4.5/3.5 ± 10 %, i.e. height/width from about 1.157 to 1.414.
  const pass = Math.abs(ratio - PHOTO_RULES.aspect) <= PHOTO_RULES.aspect * PHOTO_RULES.aspectTolerance;
  const orientation = height > width ? 'portrait' : height < width ? 'landscape' : 'square';
  return { id: 'shape', pass, detail: { width, height, ratio: Math.round(ratio * 1000) / 1000, orientation } };
}

/**
 * One entry per rule, in the order format, color, file-size, dimensions, shape. A rule that cannot be
 * judged (e.g. dimensions of a HEIC file) fails with detail { unknown: true }. `size` is the file's size in
 * bytes (File.size); `bytes` may be only the start of the file.
 */
export function checkPhoto(bytes: Uint8Array, size: number): PhotoCheck[] {
  const info = inspectImage(bytes);
  return [formatCheck(info), colorCheck(info), fileSizeCheck(size), dimensionsCheck(info), shapeCheck(info)];
}
