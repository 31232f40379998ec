import { createHeicDecoder, type DecodedHeic } from './decode-heic-pool';

export type { DecodedHeic } from './decode-heic-pool';

/**
 * The process's HEIC decoder. Module-level on purpose: its workers are shared by every import in
 * the process, start only when the first HEIC arrives and never keep the process alive.
 */
const sharedDecoder = createHeicDecoder();

/**
 * Decodes the primary image of a HEIC file. sharp's bundled libheif has no HEVC decoder (what
 * iPhones write), so this goes through heic-decode's WebAssembly libheif, in a worker thread: a
 * 12 MP photo takes about a second there, which would otherwise stall every IPC reply. The size is
 * checked from the header before any pixel is decoded.
 */
export function decodeHeic(bytes: Buffer, maxPixels: number): Promise<DecodedHeic> {
  return sharedDecoder.decode(bytes, maxPixels);
}

/** Stops the HEIC workers (on quit, or at the end of a test file). */
export function closeHeicDecoder(): Promise<void> {
  return sharedDecoder.close();
}
