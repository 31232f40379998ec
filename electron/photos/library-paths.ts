import path from 'node:path';
import { ORIGINAL_EXTENSION, type ImageFormat } from './image-format';

/** Where one photo's files live in the library, all named by the SHA-256 of the original bytes. */
export interface PhotoFiles {
  original: string;
  thumbnail: string;
  modelInput: string;
}

export function photoFiles(libraryDir: string, sha256: string, format: ImageFormat): PhotoFiles {
  return {
    original: path.join(libraryDir, 'originals', sha256.slice(0, 2), `${sha256}.${ORIGINAL_EXTENSION[format]}`),
    thumbnail: path.join(libraryDir, 'thumbs', `${sha256}.webp`),
    modelInput: path.join(libraryDir, 'model-input', `${sha256}.jpg`),
  };
}
