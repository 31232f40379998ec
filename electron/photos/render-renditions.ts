import sharp, { type Metadata, type OutputInfo, type Sharp } from 'sharp';
import type { PaletteEntry, PhotoScene } from '../../shared/domain/product';
import { decodeHeic } from './decode-heic';
import { measureProductColours } from './dominant-palette';
import type { ImageFormat } from './image-format';
import { classifyDecodeError, PhotoImportError } from './import-error';

/** Decompression-bomb guard: larger images are refused from their header, before decoding. */
export const MAX_INPUT_PIXELS = 100_000_000;
export const THUMBNAIL_LONG_SIDE = 320;
export const MODEL_INPUT_LONG_SIDE = 1024;
/** The palette is measured on a small copy: colours, not detail, matter there. */
const PALETTE_LONG_SIDE = 128;

/** What the library keeps of a photo besides its original bytes. Outputs carry no metadata. */
export interface Renditions {
  /** Size after EXIF orientation. */
  width: number;
  height: number;
  thumbnailWebp: Buffer;
  modelInputJpeg: Buffer;
  palette: PaletteEntry[];
  paletteScene: PhotoScene;
}

/**
 * Renders thumbnail, model input and palette from one decode: the photo is decoded once, oriented
 * and shrunk to model-input size (JPEG shrink-on-load makes that cheap), and the three outputs are
 * cloned from those pixels. Throws PhotoImportError for anything wrong with the photo.
 */
export async function renderRenditions(bytes: Buffer, format: ImageFormat): Promise<Renditions> {
  const source = format === 'heic' ? await openHeic(bytes) : await openWithSharp(bytes);
  let pixels: { data: Buffer; info: OutputInfo };
  try {
    pixels = await source.pipeline
      .resize({ width: MODEL_INPUT_LONG_SIDE, height: MODEL_INPUT_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (err) {
    throw classifyDecodeError(err);
  }

  const { width, height, channels } = pixels.info;
  const base = sharp(pixels.data, { raw: { width, height, channels: channels as 1 | 2 | 3 | 4 } });
  const [modelInputJpeg, thumbnailWebp, sample] = await encodeOutputs(base).catch((err: unknown) => {
    throw classifyDecodeError(err);
  });
  const colours = measureProductColours({ data: sample.data, width: sample.info.width, height: sample.info.height, channels: sample.info.channels });
  return { width: source.width, height: source.height, thumbnailWebp, modelInputJpeg, palette: colours.palette, paletteScene: colours.scene };
}

/** The three outputs, cloned from the one decoded copy. */
function encodeOutputs(base: Sharp) {
  return Promise.all([
    base.clone().flatten({ background: '#ffffff' }).jpeg({ quality: 85 }).toBuffer(),
    base
      .clone()
      .resize({ width: THUMBNAIL_LONG_SIDE, height: THUMBNAIL_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer(),
    base
      .clone()
      .resize({ width: PALETTE_LONG_SIDE, height: PALETTE_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true }),
  ]);
}

interface OpenedSource {
  pipeline: Sharp;
  width: number;
  height: number;
}

async function openWithSharp(bytes: Buffer): Promise<OpenedSource> {
  let meta: Metadata;
  try {
    // Header only: the size is checked here, so sharp's own pixel limit must not hide it.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (err) {
    throw classifyDecodeError(err);
  }
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) throw new PhotoImportError('corrupt', 'no image size in the header');
  if (width * height > MAX_INPUT_PIXELS) throw new PhotoImportError('too_large', `${width}×${height} pixels`);
  // failOn 'error' refuses truncated data but tolerates the harmless warnings many cameras trigger.
  const pipeline = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', autoOrient: true });
  return { pipeline, width, height };
}

async function openHeic(bytes: Buffer): Promise<OpenedSource> {
  const decoded = await decodeHeic(bytes, MAX_INPUT_PIXELS);
  const raw = sharp(decoded.data, { raw: { width: decoded.width, height: decoded.height, channels: decoded.channels } });
  const pipeline = decoded.opaque ? raw.removeAlpha() : raw;
  return { pipeline, width: decoded.width, height: decoded.height };
}
