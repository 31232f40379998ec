import path from 'node:path';
import { CATALOG_FIELDS, type CatalogField, type CatalogMapping, type CatalogPreview, type VariantPlan } from '../../../shared/domain/product-import';
import { AppError } from '../../../shared/errors';
import type { CliContext } from '../cli-context';

/** --map "Column name=field": the guessed mapping with the owner's corrections laid over it. */
async function mappingFor(ctx: CliContext, file: string, map: Record<string, string>): Promise<CatalogMapping | undefined> {
  if (Object.keys(map).length === 0) return undefined;
  const guessed = await ctx.call('catalog.preview', { path: file });
  const mapping: CatalogMapping = { ...guessed.mapping };
  for (const [column, field] of Object.entries(map)) {
    if (!(CATALOG_FIELDS as readonly string[]).includes(field)) {
      throw new AppError('invalid_input', `--map ${column}=${field}: "${field}" is not a field; use one of ${CATALOG_FIELDS.join(', ')}.`);
    }
    // A column feeds one field: taking it for this field releases it from any other.
    for (const [f, c] of Object.entries(mapping)) if (c === column) delete mapping[f as CatalogField];
    mapping[field as CatalogField] = column;
  }
  return mapping;
}

function describeVariant(variant: VariantPlan): string {
  const which = variant.variantId === null ? 'new variant' : `variant ${variant.variantId} (by ${variant.matchedBy})`;
  const changes = [...variant.fills.map((f) => `${f.field} = ${f.incoming}`), ...variant.conflicts.map((c) => `${c.field}: keeps ${c.current} (file: ${c.incoming})`)];
  return `${which} ${variant.values.join(' / ')}${changes.length ? `: ${changes.join('; ')}` : ''}`;
}

export function describePreviewLines(preview: CatalogPreview): string[] {
  const name = path.basename(preview.file);
  const lines = [
    `${name}: ${preview.rows.length} row(s): ${preview.counts.matched} matched, ${preview.counts.conflict} with values that differ from the draft, ${preview.counts.unmatched} matched no product.`,
    `Columns used: ${Object.entries(preview.mapping).map(([field, column]) => `${column} → ${field}`).join(', ') || '(none)'}`,
  ];
  for (const row of preview.rows) {
    const what = row.productId === null ? 'no product' : `product ${row.productId}${row.matchedBy ? ` (by ${row.matchedBy})` : ''}`;
    const changes = [...row.fills.map((f) => `${f.field} = ${f.incoming}`), ...row.conflicts.map((c) => `${c.field}: keeps ${c.current} (file: ${c.incoming})`)];
    lines.push(`  line ${row.line}: ${what}${changes.length ? `: ${changes.join('; ')}` : ''}${row.problems.length ? ` [${row.problems.join(' ')}]` : ''}`);
    if (row.variant) lines.push(`    ${describeVariant(row.variant)}`);
  }
  for (const product of preview.variantProducts) lines.push(`Variants: ${product.summary}`);
  for (const warning of preview.warnings) lines.push(`Note: ${warning}`);
  return lines;
}

/**
 * Previews what the file would fill in; with --apply, fills the empty fields. Values that differ
 * from what a draft already holds are kept as the owner wrote them (the app's import screen can take them one by one).
 */
export async function runCatalogImportCommand(ctx: CliContext, file: string, map: Record<string, string>, apply: boolean, createVariants = true): Promise<number> {
  const full = path.resolve(file);
  const mapping = await mappingFor(ctx, full, map);
  const preview = await ctx.call('catalog.preview', { path: full, ...(mapping && { mapping }) });
  if (!apply) {
    ctx.out.result(preview, [...describePreviewLines(preview), 'Nothing changed yet: run again with --apply to fill these in.']);
    return 0;
  }
  const applied = await ctx.call('catalog.apply', { path: full, fingerprint: preview.fingerprint, createVariants, ...(mapping && { mapping }) });
  ctx.out.result({ preview, applied }, [
    ...describePreviewLines(preview),
    `Applied: ${applied.productsUpdated} product(s) updated, ${applied.fieldsFilled} field(s) filled, ${applied.conflictsKept} differing value(s) kept as they were, ${applied.rowsUnmatched} row(s) matched nothing; ${applied.variantsCreated} variant(s) added, ${applied.variantsUpdated} updated, ${applied.variantConflictsKept} differing variant value(s) kept.`,
  ]);
  return 0;
}
