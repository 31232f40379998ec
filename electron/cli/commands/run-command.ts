import { AppError } from '../../../shared/errors';
import type { CliContext } from '../cli-context';
import type { ExportFlags, GenerateFlags } from '../parse-cli-args';
import { describeExportLines, exportListings } from './export-command';
import { describeJobLines, generateListings } from './generate-command';
import { describeImportLines, importPhotos, readNewPhotos } from './import-command';

/** Photos in, storefront file out: import, generate the new products, export those generated. */
export async function runPipelineCommand(ctx: CliContext, paths: readonly string[], groupByName: boolean, gen: GenerateFlags, flags: ExportFlags): Promise<number> {
  const imported = await importPhotos(ctx, paths, groupByName);
  for (const line of describeImportLines(imported)) ctx.out.info(line);
  if (imported.productIds.length === 0) {
    throw new AppError('invalid_input', 'No new products came from these photos (they were unreadable or already in the library). Check the paths, or use generate and export for products already imported.');
  }
  const job = await generateListings(ctx, { productIds: imported.productIds }, gen);
  for (const line of describeJobLines(job)) ctx.out.info(line);
  const failed = new Set(job.failures.map((f) => f.productId));
  const generated = imported.productIds.filter((id) => !failed.has(id));
  if (generated.length === 0) throw new AppError('engine_failed', 'No listing could be generated, so nothing was exported. See the reasons above.');
  // Barcodes read from the photos fill the export's GTIN column: the reading ran during generation.
  await readNewPhotos(ctx, imported);
  const exported = await exportListings(ctx, flags, generated);
  ctx.out.result({ import: imported, generate: job, export: exported }, describeExportLines(exported));
  const complete = imported.errors.length === 0 && job.failed === 0 && exported.status === 'written' && exported.skippedProductIds.length === 0;
  return complete ? 0 : 1;
}
