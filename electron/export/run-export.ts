import fs from 'node:fs';
import path from 'node:path';
import { PLATFORM_LIMITS } from '../../shared/domain/platform-limits';
import { AppError } from '../../shared/errors';
import type { ExportResult, LintReport } from '../../shared/ipc/routes/export';
import type { Db } from '../db/open-database';
import { markExported } from '../drafts/mark-exported';
import { createImageCopier, type ImageCopier } from './copy-images';
import { claimUniqueHandle } from './handle';
import { findPhotoSource } from './image-sources';
import { planImages } from './image-names';
import { imagesFolderFor, stageFolder, type StagedFolder } from './images-folder';
import { createLintCollector, type LintCollector } from './lint/lint-collector';
import { lintListing } from './lint/lint-listing';
import { leftOutFor, lintExport, shopSettingsFor, type ExportSelection } from './lint-export';
import { PROGRESS_EVERY, yieldToEventLoop, type ExportHooks } from './progress';
import { countListings, iterateListings, openListingReader } from './read-listings';
import { buildRowContext, fileNotices, listingBaseHandle } from './row-context';
import { TARGETS } from './targets';
import { throwIfCancelled } from './throw-if-cancelled';
import { writeCsvAtomically } from './write-csv-file';

export interface RunExportRequest extends ExportSelection {
  outputPath: string;
  onLintFailure: 'abort' | 'skip' | 'exportAnyway';
}

interface WriteOutcome {
  rowsWritten: number;
  exported: number[];
  skipped: number[];
  missingPhotos: number;
  imagesCopied: number;
  bytes: number;
}

/**
 * Lints and writes. Under 'abort' a full pre-flight pass runs first and any failing product stops
 * the export before anything is written. Under 'skip' and 'exportAnyway' each listing is linted
 * as it is written (the verdict for one listing never depends on another), so the drafts are
 * read once. Then the drafts are marked exported.
 */
export async function runExport(db: Db, libraryDir: string, req: RunExportRequest, hooks: ExportHooks = {}): Promise<ExportResult> {
  const outputPath = path.resolve(req.outputPath);
  checkOutputFolder(outputPath);
  throwIfCancelled(hooks.signal);
  if (req.onLintFailure === 'abort') {
    const preflight = await lintExport(db, req, hooks);
    if (preflight.failingProductIds.length > 0) return aborted(preflight);
  }
  const imagesDir = req.options.copyImages ? imagesFolderFor(outputPath) : null;
  const staged = imagesDir ? await stageFolder(imagesDir) : null;
  const copier = staged ? createImageCopier(libraryDir, staged.staging) : null;
  const lint = createLintCollector(req.target);
  const leftOut = leftOutFor(db, req);
  let outcome: WriteOutcome;
  try {
    outcome = await writeListings(db, libraryDir, req, outputPath, lint, copier, hooks);
    await staged?.publish();
  } catch (err) {
    await discard(copier, staged);
    throw err;
  }
  // The spreadsheet-safe file is for reading, not for the storefront, so it marks nothing exported.
  if (outcome.exported.length > 0 && !req.spreadsheetSafe) markExported(db, outcome.exported, req.target, outputPath);
  const report = lint.report(fileNotices(req.target, req.options), leftOut);
  return {
    status: 'written',
    lint: report,
    file: outputPath,
    imagesDir,
    rowsWritten: outcome.rowsWritten,
    exportedProductIds: outcome.exported,
    skippedProductIds: outcome.skipped,
    imagesCopied: outcome.imagesCopied,
    notices: [...report.notices, ...leftOutNotices(report.leftOut), ...resultNotices(req, outcome)],
  };
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
  const outcome: WriteOutcome = { rowsWritten: 0, exported: [], skipped: [], missingPhotos: 0, imagesCopied: 0, bytes: 0 };
  try {
    const total = countListings(reader, req);
    const { bytes } = await writeCsvAtomically(outputPath, { dialect: spec.dialect, spreadsheetSafe: req.spreadsheetSafe }, async (sink) => {
      for (const row of spec.preamble) await sink.write(row);
      await sink.write(spec.fileHeader?.(shop) ?? spec.header);
      let done = 0;
      for (const listing of iterateListings(reader, req)) {
        const handle = claimUniqueHandle(listingBaseHandle(listing), used);
        const images = copier ? planImages(handle, listing.photos, (photo) => findPhotoSource(libraryDir, photo)) : planImages(handle, listing.photos);
        const ctx = buildRowContext(handle, images, req.options, shop, hooks.taxonomy);
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
    });
    outcome.bytes = bytes;
    return outcome;
  } finally {
    reader.close();
  }
}

function checkOutputFolder(outputPath: string): void {
  const dir = path.dirname(outputPath);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new AppError('not_found', `The folder ${dir} does not exist. Choose another place to save the export.`);
  }
}

function aborted(lint: LintReport): ExportResult {
  return { status: 'aborted', lint, file: null, imagesDir: null, rowsWritten: 0, exportedProductIds: [], skippedProductIds: [], imagesCopied: 0, notices: [] };
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
