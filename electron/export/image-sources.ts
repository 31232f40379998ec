import fs from 'node:fs';
import path from 'node:path';
import { ORIGINAL_EXTENSION, type ImageFormat } from '../photos/image-format';
import { chooseImageSource, type ImageSourceKind } from './image-names';
import type { ListingPhoto } from './listing';

/** <library>/originals/<2 hex>/<sha>.<ext> or <library>/model-input/<sha>.jpg */
export function photoSourcePath(libraryDir: string, photo: ListingPhoto, kind: ImageSourceKind): string {
  if (kind === 'model-input') return path.join(libraryDir, 'model-input', `${photo.sha256}.jpg`);
  const ext = ORIGINAL_EXTENSION[photo.format as ImageFormat] ?? photo.format;
  return path.join(libraryDir, 'originals', photo.sha256.slice(0, 2), `${photo.sha256}.${ext}`);
}

/**
 * The file to ship for a photo: the original when storefronts can fetch its format, else (or when
 * the original is gone) the model-input JPEG; null when neither is on disk.
 */
export function findPhotoSource(libraryDir: string, photo: ListingPhoto): ImageSourceKind | null {
  const preferred = chooseImageSource(photo.format);
  if (fs.existsSync(photoSourcePath(libraryDir, photo, preferred))) return preferred;
  if (preferred === 'original' && fs.existsSync(photoSourcePath(libraryDir, photo, 'model-input'))) return 'model-input';
  return null;
}
