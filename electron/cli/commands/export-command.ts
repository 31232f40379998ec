import path from 'node:path';
import { keptPreviousSentence } from '../../../shared/text/kept-previous-sentence';
import type { RouteInput, RouteOutput } from '../../../shared/ipc/contract';
import type { CliContext } from '../cli-context';
import type { ExportFlags } from '../parse-cli-args';

export type ExportResult = RouteOutput<'export.run'>;

/** Lints and writes a storefront file through export.run. */
export async function exportListings(ctx: CliContext, flags: ExportFlags, productIds?: number[]): Promise<ExportResult> {
  const jobId = `cli-${process.pid}`;
  const stop = ctx.on('export.progress', (p) => {
    if (p.jobId === jobId) ctx.out.progress({ label: p.phase === 'lint' ? 'Checking' : 'Exporting', done: p.done, total: p.total });
  });
  try {
    return await ctx.call('export.run', {
      target: flags.format,
      productIds,
      ...(flags.status !== undefined && { status: flags.status }),
      ...(flags.includeExported && { includeExported: true }),
      outputPath: path.resolve(flags.out),
      onLintFailure: flags.onLintFailure,
      jobId,
      options: {
        copyImages: flags.copyImages,
        ...(flags.imageBaseUrl !== undefined && { imageBaseUrl: flags.imageBaseUrl }),
        ...(flags.currency !== undefined && { currency: flags.currency }),
        // The export route's schema checks each value and names the field it refuses.
        ...(flags.overrides as RouteInput<'export.run'>['options']),
      },
    });
  } finally {
    stop();
  }
}

export function describeExportLines(result: ExportResult): string[] {
  const lines =
    result.status === 'written'
      ? [`Wrote ${result.rowsWritten} row${result.rowsWritten === 1 ? '' : 's'} for ${result.exportedProductIds.length} product${result.exportedProductIds.length === 1 ? '' : 's'} to ${result.file}.`]
      : result.skippedProductIds.length > 0
        ? ['Nothing written: every product had problems and was skipped, so an existing file was left as it was. Fix the problems below, then export again.']
        : [`Nothing written: ${result.lint.errorCount} problem${result.lint.errorCount === 1 ? '' : 's'} must be fixed first (or pass --on-lint-failure skip).`];
  if (result.status === 'written' && result.exportedProductIds.length === 0 && result.lint.checked === 0) {
    lines.push('No product matched: by default only approved drafts not yet exported to this storefront are taken (see --status, --include-exported, --product).');
  }
  if (result.file && result.keptPrevious) lines.push(keptPreviousSentence(result.file, result.keptPrevious));
  if (result.skippedProductIds.length) lines.push(`Skipped ${result.skippedProductIds.length} product(s) with problems: ${result.skippedProductIds.slice(0, 20).join(', ')}.`);
  if (result.imagesDir) lines.push(`Images: ${result.imagesCopied} copied to ${result.imagesDir}.`);
  for (const issue of result.lint.issues.filter((i) => i.severity === 'error').slice(0, 20)) lines.push(`  ${issue.field}: ${issue.message} (product ${issue.productId})`);
  if (result.status === 'aborted') {
    const total = result.lint.leftOut.reduce((n, r) => n + r.count, 0);
    if (total > 0) lines.push(`${total} product(s) were not selected: ${result.lint.leftOut.map((r) => `${r.count} ${r.reason}`).join(', ')}.`);
  }
  for (const notice of new Set([...result.lint.notices, ...result.notices])) lines.push(`Note: ${notice}`);
  return lines;
}

export async function runExportCommand(ctx: CliContext, flags: ExportFlags, productIds?: number[]): Promise<number> {
  const result = await exportListings(ctx, flags, productIds);
  ctx.out.result(result, describeExportLines(result));
  return result.status === 'written' && result.rowsWritten > 0 ? 0 : 1;
}
