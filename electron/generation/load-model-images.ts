import fs from 'node:fs/promises';
import sharp from 'sharp';
import type { Photo } from '../../shared/domain/product';
import { AppError } from '../../shared/errors';
import type { ImageFormat } from '../photos/image-format';
import { photoFiles } from '../photos/library-paths';
import type { ModelImage } from './build-listing-request';

export interface PreparedImage extends ModelImage {
  photo: Photo;
  width: number;
  height: number;
  bytes: number;
}

const JPEG_QUALITY = 80;

/**
 * Reads each photo's model-input rendition (a JPEG the import wrote) and makes it a data URL.
 * With `edge`, it is shrunk first (cloud: fewer image tokens). Only JPEG ever leaves: the
 * server's decoder reads no WebP or HEIC.
 */
export async function loadModelImages(libraryDir: string, photos: readonly Photo[], edge?: number, productName = productNumber(photos)): Promise<PreparedImage[]> {
  return Promise.all(
    photos.map(async (photo) => {
      const file = modelInputFile(libraryDir, photo);
      let bytes: Buffer;
      try {
        bytes = await fs.readFile(file);
      } catch (err) {
        throw new AppError(
          'not_found',
          `Photo "${photo.originalName}" of ${productName} has no model-input image (${(err as NodeJS.ErrnoException).code ?? 'unreadable'}: ${file}). Remove the photo and import it again.`,
        );
      }
      const jpeg = edge !== undefined || !isJpeg(bytes) ? await toJpeg(bytes, photo, edge, productName) : { data: bytes, width: photo.width, height: photo.height };
      return {
        photo,
        dataUrl: `data:image/jpeg;base64,${jpeg.data.toString('base64')}`,
        width: jpeg.width,
        height: jpeg.height,
        bytes: jpeg.data.length,
      };
    }),
  );
}

export function modelInputFile(libraryDir: string, photo: Photo): string {
  return photoFiles(libraryDir, photo.sha256, photo.format as ImageFormat).modelInput;
}

/** After the model refused an image: which photos cannot be decoded here either, and why. */
export async function findUnreadablePhotos(libraryDir: string, photos: readonly Photo[]): Promise<{ photo: Photo; reason: string }[]> {
  const results = await Promise.all(
    photos.map(async (photo) => {
      try {
        await sharp(await fs.readFile(modelInputFile(libraryDir, photo)), { failOn: 'error' }).raw().toBuffer();
        return undefined;
      } catch (err) {
        return { photo, reason: (err as Error).message };
      }
    }),
  );
  return results.filter((r): r is { photo: Photo; reason: string } => r !== undefined);
}

function isJpeg(bytes: Buffer): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

async function toJpeg(bytes: Buffer, photo: Photo, edge: number | undefined, productName: string) {
  try {
    let pipeline = sharp(bytes, { failOn: 'error' });
    if (edge !== undefined) pipeline = pipeline.resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true });
    const { data, info } = await pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: JPEG_QUALITY }).toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch (err) {
    throw unreadablePhoto(photo, (err as Error).message, productName);
  }
}

/** `productName` is the product's label as messages quote it (productLabel); its number only as a last resort. */
export function unreadablePhoto(photo: Photo, reason: string, productName = `product ${photo.productId}`): AppError {
  return new AppError('corrupt_file', `Photo "${photo.originalName}" (photo ${photo.position + 1} of ${productName}) could not be read: ${reason}. Remove it or import it again.`);
}

function productNumber(photos: readonly Photo[]): string {
  return `product ${photos[0]?.productId ?? '?'}`;
}
