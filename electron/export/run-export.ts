import fs from 'node:fs';
import path from 'node:path';
import { PLATFORM_LIMITS } from '../../shared/domain/platform-limits';
import type { ExportResult, LintReport } from '../../shared/domain/export';
import type { Db } from '../db/open-database';
import { markExported } from '../drafts/mark-exported';
import { createImageCopier, type ImageCopier } from './copy-images';
import { claimUniqueHandle } from './handle';
import { findPhotoSource } from './image-sources';
import { planImages } from './image-names';
import { checkExportTarget, isInside } from './check-export-target';
import { checkSelection } from './check-selection';
import { describeFileError } from './describe-file-error';
import { readExportTargetFacts, realPathSoFar } from './export-target-facts';
import { chooseImagesFolder, imagesFolderFor, imagesFolderState, movedImagesNotice, stageFolder, type ImagesFolderState, type StagedFolder } from './images-folder';
import { createLintCollector, type LintCollector } from './lint/lint-collector';
import { lintListing } from './lint/lint-listing';
import { leftOutFor, lintExport, shopSettingsFor, type ExportSelection } from './lint-export';
import { PROGRESS_EVERY, yieldToEventLoop, type ExportHooks } from './progress';
import { countListings, iterateListings, openListingReader, selectionHasVariants } from './read-listings';
import { buildRowContext, fileNotices, listingBaseHandle } from './row-context';
import { TARGETS } from './targets';
import { rowHeader } from './targets/types';
import { photoGtinLookup } from './photo-gtin';
import { throwIfCancelled } from './throw-if-cancelled';
import { writeCsvAtomically } from './write-csv-file';

export interface RunExportRequest extends ExportSelection {
  outputPath: string;
  onLintFailure: 'abort' | 'skip' | 'exportAnyway';
}

interface WriteOutcome {
  /** False when no row was written: the file was not created or replaced. */
  written: boolean;
  rowsWritten: number;
  exported: number[];
  skipped: number[];
  missingPhotos: number;
  imagesCopied: number;
  bytes: number;
  /** Where a file already at the output path was kept, or null when there was none. */
  keptPrevious: string | null;
}

/**
 * Checks the target and the selection, lints and writes. Nothing is written when the output is
 * inside the library, names products the library lacks, or matches nothing. Under 'abort' a full
 * pre-flight pass runs first and any failing product stops the export before anything is written.
 * Under 'skip' and 'exportAnyway' each listing is linted as it is written (the verdict for one
 * listing never depends on another), so the drafts are read once. An export that ends with no
 * rows (every product skipped) leaves an existing file as it was; one that writes rows keeps an
 * existing file beside the new one under an "(earlier …)" name (`keptPrevious`). Then the drafts are marked exported.
 */
export async function runExport(db: Db, libraryDir: string, req: RunExportRequest, hooks: ExportHooks = {}): Promise<ExportResult> {
  const outputPath = path.resolve(req.outputPath);
  const plan = checkExportTarget(readExportTargetFacts(outputPath, libraryDir));
  checkSelection(db, req, outputPath);
  throwIfCancelled(hooks.signal);
  if (req.onLintFailure === 'abort') {
    const preflight = await lintExport(db, req, hooks);
    if (preflight.failingProductIds.length > 0) return aborted(preflight, []);
  }
  const lint = createLintCollector(req.target);
  const leftOut = leftOutFor(db, req);
  let outcome: WriteOutcome;
  let imagesDir: string | null = null;
  try {
    if (plan.createParent) await fs.promises.mkdir(path.dirname(outputPath), { recursive: true });
    imagesDir = req.options.copyImages ? chooseImagesFolder(imagesFolderFor(outputPath), (dir) => imagesFolderStateBeside(dir, libraryDir)) : null;
    outcome = await writeImagesAndFile(db, libraryDir, req, outputPath, imagesDir, lint, hooks);
  } catch (err) {
    throw describeFileError(err, outputPath) ?? err;
  }
  const report = lint.report(fileNotices(req.target, req.options), leftOut);
  if (!outcome.written) return aborted(report, outcome.skipped);
  // The spreadsheet-safe file is for reading, not for the storefront, so it marks nothing exported.
  if (outcome.exported.length > 0 && !req.spreadsheetSafe) markExported(db, outcome.exported, req.target, outputPath);
  const moved = imagesDir ? movedImagesNotice(imagesFolderFor(outputPath), imagesDir) : null;
  return {
    status: 'written',
    lint: report,
    file: outputPath,
    imagesDir,
    rowsWritten: outcome.rowsWritten,
    exportedProductIds: outcome.exported,
    skippedProductIds: outcome.skipped,
    imagesCopied: outcome.imagesCopied,
    keptPrevious: outcome.keptPrevious,
    // One line per notice: the lint and the file can say the same thing (no image base URL).
    notices: [...new Set([...report.notices, ...(moved ? [moved] : []), ...leftOutNotices(report.leftOut), ...resultNotices(req, outcome)])],
  };
}

/** A folder holding the library is never replaced, marker or not. */
function imagesFolderStateBeside(dir: string, libraryDir: string): ImagesFolderState {
  const caseInsensitive = process.platform === 'darwin' || process.platform === 'win32';
  return isInside(realPathSoFar(libraryDir), realPathSoFar(dir), caseInsensitive) ? 'foreign' : imagesFolderState(dir);
}

/** The images go to a staged folder that is swapped in only after the file is in place with rows. */
async function writeImagesAndFile(
  db: Db,
  libraryDir: string,
  req: RunExportRequest,
  outputPath: string,
  imagesDir: string | null,
  lint: LintCollector,
  hooks: ExportHooks,
): Promise<WriteOutcome> {
  const staged = imagesDir ? await stageFolder(imagesDir) : null;
  const copier = staged ? createImageCopier(libraryDir, staged.staging) : null;
  try {
    const outcome = await writeListings(db, libraryDir, req, outputPath, lint, copier, hooks);
    if (outcome.written) await staged?.publish();
    else await staged?.discard();
    return outcome;
  } catch (err) {
    await discard(copier, staged);
    throw err;
  }
}

async function writeListings(
  db: Db,
  libraryDir: string,
  req: RunExportRequest,
  outputPath: string,
  lint: LintCollector,
  copier: ImageCopier | null,
  hooks: ExportHooks,
): Promise<WriteOutcome> {
  const spec = TARGETS[req.target];
  const shop = shopSettingsFor(db, req);
  const reader = openListingReader(db);
  const used = new Set<string>();
  const outcome: WriteOutcome = { written: false, rowsWritten: 0, exported: [], skipped: [], missingPhotos: 0, imagesCopied: 0, bytes: 0, keptPrevious: null };
  try {
    const total = countListings(reader, req);
    const fileHasVariants = selectionHasVariants(reader, req);
    const { written, bytes, keptPrevious } = await writeCsvAtomically(outputPath, { dialect: spec.dialect, spreadsheetSafe: req.spreadsheetSafe }, async (sink) => {
      for (const row of spec.preamble) await sink.write(row);
      await sink.write(spec.fileHeader?.(shop) ?? rowHeader(spec, { fileHasVariants }));
      let done = 0;
      for (const listing of iterateListings(reader, req, photoGtinLookup(db))) {
        const handle = claimUniqueHandle(listingBaseHandle(listing), used);
        const images = copier ? planImages(handle, listing.photos, (photo) => findPhotoSource(libraryDir, photo)) : planImages(handle, listing.photos);
        const ctx = buildRowContext(handle, images, req.options, shop, hooks.taxonomy, fileHasVariants);
        const rows = spec.toRows(listing, ctx);
        const issues = lintListing(spec, listing, ctx, req.spreadsheetSafe, rows);
        lint.add(listing, issues);
        if (req.onLintFailure === 'skip' && issues.some((i) => i.severity === 'error')) outcome.skipped.push(listing.productId);
        else {
          outcome.missingPhotos += listing.photos.length - images.length;
          for (const row of rows) await sink.write(row);
          outcome.rowsWritten += rows.length;
          await copier?.add(images);
          outcome.exported.push(listing.productId);
        }
        if (++done % PROGRESS_EVERY === 0) {
          hooks.onProgress?.('write', done, total);
          await yieldToEventLoop();
          throwIfCancelled(hooks.signal);
        }
      }
      hooks.onProgress?.('write', done, total);
      throwIfCancelled(hooks.signal);
      // A failed copy must fail the export before the file is renamed into place.
      outcome.imagesCopied = copier ? await copier.finish() : 0;
      return outcome.rowsWritten > 0;
    });
    outcome.written = written;
    outcome.bytes = bytes;
    outcome.keptPrevious = keptPrevious;
    return outcome;
  } finally {
    reader.close();
  }
}

function aborted(lint: LintReport, skipped: number[]): ExportResult {
  return { status: 'aborted', lint, file: null, imagesDir: null, rowsWritten: 0, exportedProductIds: [], skippedProductIds: skipped, imagesCopied: 0, keptPrevious: null, notices: [] };
}

/** Copies still in flight write into the staging folder, so they finish before it goes. */
async function discard(copier: ImageCopier | null, staged: StagedFolder | null): Promise<void> {
  await Promise.allSettled([copier?.finish()]);
  await staged?.discard();
}

/** "5 product(s) left out: 3 with status draft, 2 already exported to Shopify." */
function leftOutNotices(leftOut: LintReport['leftOut']): string[] {
  const total = leftOut.reduce((n, r) => n + r.count, 0);
  if (total === 0) return [];
  return [`${total} product(s) left out: ${leftOut.map((r) => `${r.count} ${r.reason}`).join(', ')}. Choose them by status (draft, flagged, all), by product, or include those already exported.`];
}

function resultNotices(req: RunExportRequest, outcome: WriteOutcome): string[] {
  const notices: string[] = [];
  if (outcome.missingPhotos > 0) {
    notices.push(`${outcome.missingPhotos} photo file(s) were missing from the library folder and are left out of the file and the images folder.`);
  }
  const max = PLATFORM_LIMITS[req.target].fileBytesMax;
  if (max !== undefined && outcome.bytes > max) {
    notices.push(`The file is ${(outcome.bytes / 1e6).toFixed(1)} MB; ${PLATFORM_LIMITS[req.target].label} takes at most ${(max / 1e6).toFixed(1)} MB per upload. Export the products in smaller batches.`);
  }
  if (req.spreadsheetSafe) {
    notices.push('This is the spreadsheet-safe file: cells that start with = + - @ carry a leading apostrophe. Upload the normal export to the storefront, not this one; the drafts were not marked exported.');
  }
  return notices;
}
