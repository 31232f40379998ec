import path from 'node:path';
import type { RouteOutput } from '../../../shared/ipc/contract';
import type { CliContext } from '../cli-context';

export type ImportResult = RouteOutput<'library.import'>;

/** Imports photos and folders through library.import; each bad file is listed, the rest import. */
export async function importPhotos(ctx: CliContext, paths: readonly string[], groupByName: boolean): Promise<ImportResult> {
  const stop = ctx.on('library.importProgress', (p) => ctx.out.progress({ label: 'Importing', done: p.done, total: p.total }));
  try {
    return await ctx.call('library.import', { paths: paths.map((p) => path.resolve(p)), groupByName });
  } finally {
    stop();
  }
}

export function describeImportLines(result: ImportResult): string[] {
  const lines = [
    `Imported ${result.photosImported} photo${result.photosImported === 1 ? '' : 's'} into ${result.productIds.length} product${result.productIds.length === 1 ? '' : 's'}` +
      (result.duplicates.length ? `; ${result.duplicates.length} already in the library.` : '.'),
  ];
  for (const group of result.variantGroups) lines.push(`  ${group.summary}`, ...group.warnings.map((w) => `  note: ${w}`));
  for (const e of result.errors) lines.push(`  skipped ${e.file}: ${e.message}`);
  return lines;
}

/**
 * The app reads labels and barcodes in the background after an import; a command line ends with
 * its command, so it waits for that reading here (Ctrl-C stops it; the rest is read next time).
 */
export async function readNewPhotos(ctx: CliContext, result: ImportResult): Promise<void> {
  if (result.photosImported === 0) return;
  ctx.out.info('Reading labels and barcodes on the new photos (Ctrl-C stops; the rest are read next time)…');
  await ctx.core.evidence.whenIdle();
}

export async function runImportCommand(ctx: CliContext, paths: readonly string[], groupByName: boolean): Promise<number> {
  const result = await importPhotos(ctx, paths, groupByName);
  await readNewPhotos(ctx, result);
  ctx.out.result(result, describeImportLines(result));
  return result.errors.length > 0 ? 1 : 0;
}
