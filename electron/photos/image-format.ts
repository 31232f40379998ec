/** The photo formats the library accepts, named as they are stored in photos.format. */
export const IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'avif', 'tiff', 'gif', 'heic'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** What the first bytes of a file say it is. */
export type DetectedFormat =
  | { kind: 'empty' }
  | { kind: 'image'; format: ImageFormat }
  /** A picture format we recognise but cannot import (label is for the message, e.g. "BMP"). */
  | { kind: 'unsupported'; label: string }
  | { kind: 'unknown' };

/** Extension used for the stored original of each format. */
export const ORIGINAL_EXTENSION: Record<ImageFormat, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  tiff: 'tiff',
  gif: 'gif',
  heic: 'heic',
};

/**
 * File-name extensions picked up when walking a folder. Only a folder walk looks at names;
 * the format itself is always decided by the bytes.
 */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.jpg', '.jpeg', '.jpe', '.jfif', '.png', '.webp', '.avif', '.tif', '.tiff', '.gif', '.heic', '.heif',
]);

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const AVIF_BRANDS = new Set(['avif', 'avis']);
const GENERIC_HEIF_BRANDS = new Set(['mif1', 'msf1', 'miaf']);

/** Decides a file's format from its magic bytes (the first 64 bytes are plenty). */
export function detectImageFormat(head: Uint8Array): DetectedFormat {
  if (head.length === 0) return { kind: 'empty' };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return image('jpeg');
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return image('png');
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return image('gif');
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return image('webp');
  if (isTiff(head)) return image('tiff');
  if (ascii(head, 4, 8) === 'ftyp') return detectIsoMedia(head);
  if (ascii(head, 0, 2) === 'BM' && head.length >= 14) return { kind: 'unsupported', label: 'BMP' };
  if (ascii(head, 0, 4) === '8BPS') return { kind: 'unsupported', label: 'Photoshop (PSD)' };
  if (startsWith(head, [0xff, 0x0a]) || ascii(head, 4, 8) === 'JXL ') return { kind: 'unsupported', label: 'JPEG XL' };
  if (ascii(head, 4, 8) === 'jP  ') return { kind: 'unsupported', label: 'JPEG 2000' };
  return { kind: 'unknown' };
}

/** HEIF-family files (HEIC, AVIF) and videos all start with an ISO BMFF `ftyp` box. */
function detectIsoMedia(head: Uint8Array): DetectedFormat {
  const major = ascii(head, 8, 12);
  if (HEIC_BRANDS.has(major)) return image('heic');
  if (AVIF_BRANDS.has(major)) return image('avif');
  const boxEnd = Math.min(head.length, readUint32(head, 0));
  const compatible: string[] = [];
  for (let at = 16; at + 4 <= boxEnd; at += 4) compatible.push(ascii(head, at, at + 4));
  if (compatible.some((b) => AVIF_BRANDS.has(b))) return image('avif');
  if (compatible.some((b) => HEIC_BRANDS.has(b)) || GENERIC_HEIF_BRANDS.has(major)) return image('heic');
  return { kind: 'unknown' };
}

function isTiff(head: Uint8Array): boolean {
  return (
    startsWith(head, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(head, [0x4d, 0x4d, 0x00, 0x2a]) ||
    startsWith(head, [0x49, 0x49, 0x2b, 0x00]) ||
    startsWith(head, [0x4d, 0x4d, 0x00, 0x2b])
  );
}

function image(format: ImageFormat): DetectedFormat {
  return { kind: 'image', format };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  if (bytes.length < end) return '';
  return String.fromCharCode(...bytes.subarray(start, end));
}

function readUint32(bytes: Uint8Array, at: number): number {
  if (bytes.length < at + 4) return 0;
  return ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
}
