import type { Db } from '../db/open-database';
import type { ImportedVariantGroup } from '../../shared/ipc/routes/library';
import { describeImportedVariants } from './describe-imported-variants';
import { collectImageFiles } from './collect-image-files';
import { groupByStem, type StemGroup } from './group-by-stem';
import { describeFsError, PhotoImportError, toImportFileError, type ImportFileError } from './import-error';
import { earlierSameSize } from './earlier-same-size';
import { mapLimited } from './map-limited';
import { discardUnreferenced, findPhotoId, preparePhoto, type PreparedPhoto, type ReadyPhoto } from './prepare-photo';
import { saveProductGroup } from './save-product-group';

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

export interface ImportOptions {
  /** Group photos into products by file-name stem (SKU_1.jpg, SKU-2.jpg → one product). */
  groupByName?: boolean;
  /** Photos decoded at once; each decode also keeps a libuv thread busy. */
  concurrency?: number;
  onProgress?: (progress: ImportProgress) => void;
}

/** A photo's preparation, or the unexpected exception it hit. */
type Outcome = PreparedPhoto | { kind: 'crashed'; file: string; error: unknown };

export interface ImportResult {
  productIds: number[];
  photosImported: number;
  duplicates: { file: string; photoId: number }[];
  errors: ImportFileError[];
  /** Products saved with variants found in the names: "TEE-01: 3 variants (Red, Blue, Green)". */
  variantGroups: ImportedVariantGroup[];
}

/**
 * Imports dropped files and folders into the library: each photo is decoded once, stored by
 * content hash with its renditions, and each product group is saved in one transaction as soon as
 * its photos are ready. A bad file is reported and skipped; the rest of the drop still imports.
 */
export async function importPhotos(db: Db, libraryDir: string, paths: readonly string[], opts: ImportOptions = {}): Promise<ImportResult> {
  const { files, errors } = await collectImageFiles(paths);
  const groups: StemGroup[] = opts.groupByName === false ? files.map((f) => ({ stem: null, files: [f] })) : groupByStem(files);
  const ordered = groups.flatMap((g) => g.files);

  let done = 0;
  const ctx = { db, libraryDir, claimed: new Set<string>() };
  const twins = earlierSameSize(ordered);
  const settled = ordered.map(() => {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  });
  const pending = mapLimited(ordered, opts.concurrency ?? 2, async (file, index): Promise<Outcome> => {
    try {
      // The earlier file of the same size started first (mapLimited keeps order), so this never deadlocks.
      const twin = twins[index];
      if (twin !== undefined) await settled[twin]!.promise;
      return await preparePhoto(file, ctx);
    } catch (error) {
      // Held as a value until its group is reached, so no later photo's failure goes unhandled.
      return { kind: 'crashed', file, error };
    } finally {
      settled[index]!.resolve();
      done++;
      opts.onProgress?.({ done, total: ordered.length, file });
    }
  });
  const byFile = new Map(ordered.map((file, i) => [file, pending[i]!]));

  const result: ImportResult = { productIds: [], photosImported: 0, duplicates: [], errors, variantGroups: [] };
  const repeats: Extract<PreparedPhoto, { kind: 'repeat' }>[] = [];
  const failedHashes = new Map<string, PhotoImportError>();
  try {
    for (const group of groups) {
      const prepared = await Promise.all(group.files.map((f) => byFile.get(f)!));
      const ready: ReadyPhoto[] = [];
      for (const p of prepared) {
        if (p.kind === 'ready') ready.push(p);
        else if (p.kind === 'duplicate') result.duplicates.push({ file: p.file, photoId: p.photoId });
        else if (p.kind === 'repeat') repeats.push(p);
        else if (p.kind === 'crashed') throw p.error;
        else {
          if (p.sha256) failedHashes.set(p.sha256, p.error);
          result.errors.push(toImportFileError(p.file, p.error));
        }
      }
      if (ready.length > 0) await saveGroup(db, group, ready, result, failedHashes);
    }
  } catch (err) {
    await discardAllUnsaved(db, pending);
    throw err;
  }

  // A file repeating another of this drop is a duplicate of wherever that one landed.
  for (const repeat of repeats) {
    const photoId = findPhotoId(db, repeat.sha256);
    if (photoId !== null) result.duplicates.push({ file: repeat.file, photoId });
    else result.errors.push(toImportFileError(repeat.file, failedHashes.get(repeat.sha256) ?? new PhotoImportError('corrupt')));
  }
  return result;
}

async function saveGroup(db: Db, group: StemGroup, ready: ReadyPhoto[], result: ImportResult, failedHashes: Map<string, PhotoImportError>): Promise<void> {
  try {
    const saved = saveProductGroup(db, group.stem, ready, group.variants);
    if (saved.productId !== null) result.productIds.push(saved.productId);
    if (saved.productId !== null && group.variants && saved.variants.length > 0) {
      result.variantGroups.push(describeImportedVariants(saved.productId, group.variants, saved.variants, ready));
    }
    result.photosImported += saved.saved.length;
    result.duplicates.push(...saved.duplicates);
  } catch (err) {
    const error = new PhotoImportError('save_failed', describeFsError(err));
    for (const photo of ready) {
      await discardUnreferenced(db, photo.sha256, photo.written);
      failedHashes.set(photo.sha256, error);
      result.errors.push(toImportFileError(photo.file, error));
    }
  }
}

/** After an unexpected failure: let in-flight photos finish, then remove whatever no row references. */
async function discardAllUnsaved(db: Db, pending: readonly Promise<Outcome>[]): Promise<void> {
  for (const outcome of await Promise.all(pending)) {
    if (outcome.kind === 'ready') await discardUnreferenced(db, outcome.sha256, outcome.written);
  }
}
