import type { RouteOutput } from '../../../shared/ipc/contract';

type ImportResult = RouteOutput<'library.import'>;

/**
 * "Imported 12 photos into 4 products. TEE-01: 3 variants (Red, Blue, Green). 1 already in the
 * library. 2 files skipped." plus each skip's reason and each colour a file name got wrong.
 */
export function describeImport(result: ImportResult): { summary: string; problems: string[] } {
  const parts = [`Imported ${plural(result.photosImported, 'photo')} into ${plural(result.productIds.length, 'product')}.`];
  for (const group of result.variantGroups) parts.push(`${group.summary}.`);
  if (result.duplicates.length) parts.push(`${plural(result.duplicates.length, 'photo')} already in the library.`);
  if (result.errors.length) parts.push(`${plural(result.errors.length, 'file')} skipped.`);
  return { summary: parts.join(' '), problems: [...result.errors.map(describeFileError), ...result.variantGroups.flatMap((g) => g.warnings)] };
}

/** The message alone when it already names the file (the path may be a staging copy's); else path first. */
function describeFileError(e: ImportResult['errors'][number]): string {
  const base = e.file.split(/[\\/]/).pop() ?? e.file;
  return e.message.includes(base) ? e.message : `${e.file}: ${e.message}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
