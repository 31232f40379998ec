import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Db } from '../db/open-database';
import type { PaletteEntry, PhotoScene } from '../../shared/domain/product';
import { detectImageFormat, type ImageFormat } from './image-format';
import { describeFsError, PhotoImportError } from './import-error';
import { photoFiles } from './library-paths';
import { renderRenditions } from './render-renditions';
import { writeFileAtomically } from './write-file-atomically';

/** Larger files are refused before reading them into memory; no camera writes a photo this big. */
const MAX_FILE_BYTES = 1024 ** 3;

/** A photo decoded and stored on disk, waiting for its row. */
export interface ReadyPhoto {
  kind: 'ready';
  file: string;
  sha256: string;
  format: ImageFormat;
  bytes: number;
  width: number;
  height: number;
  palette: PaletteEntry[];
  paletteScene: PhotoScene;
  /** Files this import wrote, removed again if no row ends up referencing the photo. */
  written: string[];
}

export type PreparedPhoto =
  | ReadyPhoto
  /** Already in the library before this import. */
  | { kind: 'duplicate'; file: string; photoId: number }
  /** Same bytes as an earlier file of this same drop. */
  | { kind: 'repeat'; file: string; sha256: string }
  /** sha256 is known when the failure came after hashing, so repeats of it share the error. */
  | { kind: 'failed'; file: string; error: PhotoImportError; sha256?: string };

export interface PrepareContext {
  db: Db;
  libraryDir: string;
  /** Content hashes already taken by a file of this import, so each is decoded once. */
  claimed: Set<string>;
}

/**
 * Reads, checks, decodes and stores one photo's original and renditions. Anything wrong with the
 * photo comes back as a `failed` value; only an unexpected fault (a bug, a closed database) throws.
 */
export async function preparePhoto(file: string, ctx: PrepareContext): Promise<PreparedPhoto> {
  try {
    return await preparePhotoOrThrow(file, ctx);
  } catch (err) {
    if (err instanceof PhotoImportError) return { kind: 'failed', file, error: err };
    throw err;
  }
}

async function preparePhotoOrThrow(file: string, ctx: PrepareContext): Promise<PreparedPhoto> {
  const bytes = await readPhotoBytes(file);
  const detected = detectImageFormat(bytes.subarray(0, 64));
  if (detected.kind === 'empty') throw new PhotoImportError('empty');
  if (detected.kind === 'unknown') throw new PhotoImportError('not_image');
  if (detected.kind === 'unsupported') throw new PhotoImportError('unsupported', detected.label);

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = findPhotoId(ctx.db, sha256);
  if (existing !== null) return { kind: 'duplicate', file, photoId: existing };
  if (ctx.claimed.has(sha256)) return { kind: 'repeat', file, sha256 };
  ctx.claimed.add(sha256);
  try {
    return await storePhoto(file, bytes, sha256, detected.format, ctx);
  } catch (err) {
    if (err instanceof PhotoImportError) return { kind: 'failed', file, error: err, sha256 };
    throw err;
  }
}

async function storePhoto(file: string, bytes: Buffer, sha256: string, format: ImageFormat, ctx: PrepareContext): Promise<ReadyPhoto> {
  const renditions = await renderRenditions(bytes, format);
  const target = photoFiles(ctx.libraryDir, sha256, format);
  const written: string[] = [];
  try {
    for (const [destination, data] of [
      [target.original, bytes],
      [target.thumbnail, renditions.thumbnailWebp],
      [target.modelInput, renditions.modelInputJpeg],
    ] as const) {
      await writeFileAtomically(destination, data);
      written.push(destination);
    }
  } catch (err) {
    await discardUnreferenced(ctx.db, sha256, written);
    throw new PhotoImportError('save_failed', describeFsError(err));
  }
  return {
    kind: 'ready',
    file,
    sha256,
    format,
    bytes: bytes.length,
    width: renditions.width,
    height: renditions.height,
    palette: renditions.palette,
    paletteScene: renditions.paletteScene,
    written,
  };
}

async function readPhotoBytes(file: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (stat.size === 0) throw new PhotoImportError('empty');
    if (stat.size > MAX_FILE_BYTES) throw new PhotoImportError('too_large', `${Math.round(stat.size / 1024 ** 2)} MB file`);
    return await fs.readFile(file);
  } catch (err) {
    if (err instanceof PhotoImportError) throw err;
    throw new PhotoImportError('unreadable', describeFsError(err));
  }
}

export function findPhotoId(db: Db, sha256: string): number | null {
  const row = db.prepare('SELECT id FROM photos WHERE sha256 = ?').get(sha256) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Removes files written for a photo that no row references (its import failed part-way). */
export async function discardUnreferenced(db: Db, sha256: string, files: readonly string[]): Promise<void> {
  if (findPhotoId(db, sha256) !== null) return;
  await Promise.all(files.map((f) => fs.rm(f, { force: true })));
}
