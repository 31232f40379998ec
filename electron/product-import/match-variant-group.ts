import type { GoogleTaxonomy } from '../categories/google-taxonomy';
import type { CatalogField, CatalogRow, VariantProduct } from '../../shared/domain/product-import';
import { checkVariantGroup, type GroupProblem } from './check-variant-group';
import { findProduct, findVariantProduct, type Found } from './find-product';
import type { VariantGroup } from './group-variant-rows';
import { fileNameOf } from './image-file-name';
import type { CatalogRecord } from './parse-import-csv';
import { planVariantGroup, type VariantValues } from './plan-variant-group';
import type { ProductIndex } from './product-index';
import { draftChanges, readRowValues } from './row-values';

/** On a Shopify product with variants these belong to each variant, not to the product (§1.4). */
const VARIANT_LEVEL = new Set<CatalogField>(['sku', 'price', 'salePrice', 'barcode', 'quantity']);

export interface GroupContext {
  records: readonly CatalogRecord[];
  /** The mapped fields. */
  fields: readonly CatalogField[];
  cell: (index: number, field: CatalogField) => string;
  index: ProductIndex;
  taxonomy?: GoogleTaxonomy;
  /** Product id → the line that matched it, so two products of the file never update one product. */
  claimedBy: Map<number, number>;
}

export interface GroupResult {
  rows: Map<number, CatalogRow>;
  product: VariantProduct;
}

const blankRow = (line: number): CatalogRow => ({ line, status: 'unmatched', productId: null, matchedBy: null, fills: [], conflicts: [], problems: [], variant: null });

function findGroupProduct(group: VariantGroup, ctx: GroupContext): Found {
  const { cell, index } = ctx;
  const p = group.productIndex;
  if (group.kind === 'shopify' && p !== null) return findVariantProduct(group.variants.map((v) => v.sku), fileNameOf(cell(p, 'photoFileName')), index);
  if (p !== null) return findProduct(cell(p, 'sku'), fileNameOf(cell(p, 'photoFileName')), index);
  const ids = index.bySku.get((group.parentRef ?? '').toLowerCase()) ?? [];
  if (ids.length === 1) return { productId: ids[0]!, matchedBy: 'sku', problems: [] };
  const first = group.variants[0]!;
  return {
    productId: null,
    matchedBy: null,
    problems: [
      ids.length > 1
        ? `Line ${first.line}: the variation's Parent ${group.parentRef} is the SKU of ${ids.length} products in your library; give each its own SKU and import again; this variation is left out.`
        : `Line ${first.line}: the variation${first.sku ? ` ${first.sku}` : ''} names the parent ${group.parentRef}, which is neither in this file nor in your library. Add the parent's row (Type variable) to the file or correct its Parent cell, and import again; ${group.variants.length === 1 ? 'this variation is' : `its ${group.variants.length} variations are`} left out.`,
    ],
  };
}

/** Every row of the group in file order: the product's row, its variants and its image rows. */
function groupIndexes(group: VariantGroup): number[] {
  const all = new Set([...(group.productIndex !== null ? [group.productIndex] : []), ...group.variants.map((v) => v.index), ...group.imageIndexes]);
  return [...all].sort((a, b) => a - b);
}

function leaveOut(group: VariantGroup, ctx: GroupContext, productId: number | null, name: string, problems: GroupProblem[], firstRowProblems: string[] = []): GroupResult {
  const rows = new Map<number, CatalogRow>();
  const indexes = groupIndexes(group);
  const firstLine = problems[0]?.line ?? ctx.records[indexes[0]!]!.line;
  for (const i of indexes) {
    const line = ctx.records[i]!.line;
    const own = problems.filter((p) => p.line === line).map((p) => p.message);
    const mine = i === group.productIndex && firstRowProblems.length > 0 ? firstRowProblems : own;
    rows.set(i, { ...blankRow(line), problems: mine.length > 0 ? mine : [`Line ${line} is left out with the rest of ${name} (see line ${firstLine}).`] });
  }
  const messages = [...firstRowProblems, ...problems.map((p) => p.message)];
  return {
    rows,
    product: {
      productId,
      name,
      lines: indexes.map((i) => ctx.records[i]!.line),
      optionNames: group.optionNames,
      setsOptionNames: false,
      matched: 0,
      added: 0,
      problems: messages,
      summary: `${name}: left out, ${messages[0] ?? ''}`,
    },
  };
}

/**
 * Matches a product of the file that has variant rows: the product as any row is matched, then
 * each variant row to a variant of it (plan-variant-group.ts). A problem with the variants leaves
 * every row of the product out, its own fields too, so nothing is written half.
 */
export function matchVariantGroup(group: VariantGroup, ctx: GroupContext): GroupResult {
  const { records, cell, index } = ctx;
  const found = findGroupProduct(group, ctx);
  const productLine = group.productIndex !== null ? records[group.productIndex]!.line : group.variants[0]!.line;
  if (found.productId === null) {
    const name = group.fileName;
    if (group.productIndex === null) return leaveOut(group, ctx, null, name, group.variants.map((v, i) => ({ line: v.line, message: i === 0 ? found.problems[0]! : `Line ${v.line}: left out with line ${group.variants[0]!.line}, whose parent ${group.parentRef} is neither in this file nor in your library.` })));
    return leaveOut(group, ctx, null, name, groupIndexes(group).filter((i) => i !== group.productIndex).map((i) => ({ line: records[i]!.line, message: `Line ${records[i]!.line} belongs to ${name} (line ${productLine}), whose row matched no product.` })), found.problems);
  }
  const productId = found.productId;
  const name = index.labels.get(productId) ?? group.fileName;
  const earlier = ctx.claimedBy.get(productId);
  if (earlier !== undefined) {
    return leaveOut(group, ctx, null, name, [{ line: productLine, message: `Line ${earlier} already matched ${name}; the rows of line ${productLine} are left out so that one product is not updated twice.` }]);
  }

  const problems = checkVariantGroup(group, name, productLine);
  const values = new Map<number, VariantValues>();
  const valueProblems = new Map<number, string[]>();
  for (const variant of group.variants) {
    const read = readRowValues(ctx.fields.filter((f) => VARIANT_LEVEL.has(f)), (f) => cell(variant.index, f));
    values.set(variant.index, Object.fromEntries([...read.incoming].filter(([f]) => f === 'sku' || f === 'price' || f === 'barcode' || f === 'quantity')));
    valueProblems.set(variant.index, read.problems);
  }
  const plan = problems.length === 0 ? planVariantGroup(group, productId, name, values, index) : null;
  if (plan) problems.push(...plan.problems);
  if (problems.length > 0 || !plan) return leaveOut(group, ctx, productId, name, problems);

  ctx.claimedBy.set(productId, productLine);
  const rows = new Map<number, CatalogRow>();
  for (const i of groupIndexes(group)) {
    const line = records[i]!.line;
    const variant = plan.plans.get(i) ?? null;
    const row: CatalogRow = { ...blankRow(line), status: 'matched', productId, variant, problems: [...(valueProblems.get(i) ?? [])] };
    if (i === group.productIndex) {
      const read = readRowValues(ctx.fields, (f) => cell(i, f), group.kind === 'shopify' ? VARIANT_LEVEL : new Set());
      Object.assign(row, draftChanges(index.drafts.get(productId)!, read.incoming, ctx.taxonomy), { matchedBy: found.matchedBy });
      row.problems.push(...read.problems);
    } else row.matchedBy = variant ? (group.kind === 'shopify' ? 'handle' : 'parent') : 'continuation';
    if (row.conflicts.length > 0 || (variant?.conflicts.length ?? 0) > 0) row.status = 'conflict';
    rows.set(i, row);
  }
  const plans = [...plan.plans.values()];
  const matched = plans.filter((p) => p.variantId !== null).length;
  const added = plans.length - matched;
  return {
    rows,
    product: {
      productId,
      name,
      lines: groupIndexes(group).map((i) => records[i]!.line),
      optionNames: plan.optionNames,
      setsOptionNames: plan.setsOptionNames,
      matched,
      added,
      problems: [],
      summary: `${name}: ${matched} variant${matched === 1 ? '' : 's'} matched, ${added} new`,
    },
  };
}
