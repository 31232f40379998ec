import { PhotoImportError } from './import-error';

/** RGBA pixels decoded from a HEIC file, already rotated as the file asks (libheif applies it). */
export interface DecodedHeic {
  data: Buffer;
  width: number;
  height: number;
  channels: 4;
  /** True when every pixel is fully opaque (the usual camera photo), so alpha can be dropped. */
  opaque: boolean;
}

/**
 * Decodes the primary image of a HEIC file. sharp's bundled libheif has no HEVC decoder (what
 * iPhones write), so this goes through heic-decode's WebAssembly libheif. The size is checked
 * from the header before any pixel is decoded.
 */
export async function decodeHeic(bytes: Buffer, maxPixels: number): Promise<DecodedHeic> {
  // Loaded on first use: the WebAssembly module is large and most libraries hold no HEIC.
  const { default: heicDecode } = await import('heic-decode');
  let images: Awaited<ReturnType<typeof heicDecode.all>>;
  try {
    images = await heicDecode.all({ buffer: bytes });
  } catch {
    throw new PhotoImportError('unsupported', 'HEIC');
  }
  try {
    const first = images[0];
    if (!first) throw new PhotoImportError('unsupported', 'HEIC');
    if (first.width * first.height > maxPixels) {
      throw new PhotoImportError('too_large', `${first.width}×${first.height} pixels`);
    }
    const decoded = await first.decode();
    return {
      data: Buffer.from(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength),
      width: decoded.width,
      height: decoded.height,
      channels: 4,
      opaque: isOpaque(decoded.data),
    };
  } catch (err) {
    if (err instanceof PhotoImportError) throw err;
    throw new PhotoImportError('unsupported', 'HEIC');
  } finally {
    images.dispose();
  }
}

function isOpaque(rgba: Uint8ClampedArray): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}
