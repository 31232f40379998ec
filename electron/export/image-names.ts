import { ORIGINAL_EXTENSION, type ImageFormat } from '../photos/image-format';
import type { ListingPhoto } from './listing';

/** Formats every storefront fetches as they are; anything else goes out as the model-input JPEG. */
const WEB_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif']);

export type ImageSourceKind = 'original' | 'model-input';

export interface PlannedImage {
  photo: ListingPhoto;
  /** Where the photo sits in the listing's photo list, so a variant's photos find their file. */
  photoIndex: number;
  source: ImageSourceKind;
  /** Stable, readable name in the images folder: <handle>-<n>.<ext>. */
  fileName: string;
}

export function chooseImageSource(format: string): ImageSourceKind {
  return WEB_FORMATS.has(format) ? 'original' : 'model-input';
}

/**
 * Names the listing's photos <handle>-1.jpg, <handle>-2.png … in display order. `pickSource` says
 * which file each photo ships as, or null to leave it out; numbering skips nothing.
 */
export function planImages(
  handle: string,
  photos: readonly ListingPhoto[],
  pickSource: (photo: ListingPhoto) => ImageSourceKind | null = (photo) => chooseImageSource(photo.format),
): PlannedImage[] {
  const planned: PlannedImage[] = [];
  photos.forEach((photo, photoIndex) => {
    const source = pickSource(photo);
    if (!source) return;
    const ext = source === 'original' ? (ORIGINAL_EXTENSION[photo.format as ImageFormat] ?? photo.format) : 'jpg';
    planned.push({ photo, photoIndex, source, fileName: `${handle}-${planned.length + 1}.${ext}` });
  });
  return planned;
}

/** The public URL of an uploaded image; '' without a base URL (the columns stay empty). */
export function imageUrl(baseUrl: string | undefined, fileName: string): string {
  if (!baseUrl) return '';
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(fileName)}`;
}
