import type { GoogleTaxonomy } from '../categories/google-taxonomy';
import type { DraftFields } from '../../shared/domain/draft';
import { AppError } from '../../shared/errors';
import type { CatalogField, CatalogMapping, CatalogRow, FieldChange, VariantField } from '../../shared/domain/product-import';
import type { Db } from '../db/open-database';
import { readDraft } from '../drafts/read-draft';
import { updateDraft } from '../drafts/update-draft';
import { applyVariantPlan, setOptionNames } from './apply-variants';
import { CATALOG_FIELD_DEFS } from './import-fields';
import { previewCatalog } from './preview-import';

export interface ApplyCatalogRequest {
  path: string;
  mapping?: CatalogMapping;
  fingerprint: string;
  /** Per row (by line), the conflicting fields to take from the file: the product's (take) and the variant's (takeVariant). */
  choices: { line: number; take: CatalogField[]; takeVariant?: VariantField[] }[];
  /** Whether variant rows that match no variant of their product add one (the default); false: only update existing variants. */
  createVariants?: boolean;
}

export interface ApplyCatalogResult {
  productsUpdated: number;
  fieldsFilled: number;
  fieldsOverwritten: number;
  conflictsKept: number;
  rowsUnmatched: number;
  variantsCreated: number;
  variantsUpdated: number;
  /** Variant rows that match no variant, not added because createVariants was false. */
  variantsSkipped: number;
  variantConflictsKept: number;
}

/** The changes one row makes: every fill, and only the conflicts the user chose to take. */
export function chooseChanges(row: CatalogRow, take: ReadonlySet<CatalogField>): FieldChange[] {
  return [...row.fills, ...row.conflicts.filter((c) => take.has(c.field))];
}

/** Lays changes over the draft's fields; attributes are merged, not replaced. */
export function toDraftFields(changes: readonly FieldChange[], attributes: Record<string, string>): Partial<DraftFields> {
  const fields: Partial<DraftFields> = {};
  const nextAttributes = { ...attributes };
  let attributesChanged = false;
  for (const change of changes) {
    const home = CATALOG_FIELD_DEFS[change.field].home;
    if ('column' in home) fields[home.column] = change.incoming;
    else if ('attribute' in home) {
      nextAttributes[home.attribute] = change.incoming;
      attributesChanged = true;
    }
  }
  if (attributesChanged) fields.attributes = nextAttributes;
  return fields;
}

/**
 * Applies a previewed catalog in one transaction, each changed draft saved as an 'import'
 * revision, and each product's variant rows written to its variants (apply-variants.ts). The file
 * must be the one previewed, since the choices refer to its lines.
 */
export function applyCatalog(db: Db, req: ApplyCatalogRequest, taxonomy?: GoogleTaxonomy): ApplyCatalogResult {
  const preview = previewCatalog(db, req.path, req.mapping, taxonomy);
  if (preview.fingerprint !== req.fingerprint) {
    throw new AppError('conflict', `${req.path} changed since it was previewed. Preview it again and redo your choices.`);
  }
  const takeByLine = new Map(req.choices.map((c) => [c.line, new Set(c.take)]));
  const takeVariantByLine = new Map(req.choices.map((c) => [c.line, new Set(c.takeVariant ?? [])]));
  const result: ApplyCatalogResult = {
    productsUpdated: 0, fieldsFilled: 0, fieldsOverwritten: 0, conflictsKept: 0, rowsUnmatched: preview.counts.unmatched,
    variantsCreated: 0, variantsUpdated: 0, variantsSkipped: 0, variantConflictsKept: 0,
  };
  db.transaction(() => {
    // A product without options gets the file's names with its first variant, never without one.
    const namesToSet = new Map(preview.variantProducts.flatMap((p) => (p.productId !== null && p.problems.length === 0 && p.setsOptionNames ? [[p.productId, p.optionNames] as const] : [])));
    const createVariants = req.createVariants ?? true;
    for (const row of preview.rows) {
      if (row.productId === null) continue;
      if (row.variant) {
        const names = namesToSet.get(row.productId);
        if (names && (row.variant.variantId !== null || createVariants)) {
          setOptionNames(db, row.productId, names);
          namesToSet.delete(row.productId);
        }
        const take = takeVariantByLine.get(row.line) ?? new Set<VariantField>();
        const outcome = applyVariantPlan(db, row.productId, row.variant, take, createVariants);
        if (outcome === 'created') result.variantsCreated++;
        else if (outcome === 'updated') result.variantsUpdated++;
        else if (outcome === 'skipped') result.variantsSkipped++;
        if (row.variant.variantId !== null) result.variantConflictsKept += row.variant.conflicts.filter((c) => !take.has(c.field)).length;
      }
      const take = takeByLine.get(row.line) ?? new Set<CatalogField>();
      const changes = chooseChanges(row, take);
      const overwritten = changes.length - row.fills.length;
      result.conflictsKept += row.conflicts.length - overwritten;
      if (changes.length === 0) continue;
      updateDraft(db, row.productId, toDraftFields(changes, readDraft(db, row.productId).attributes as Record<string, string>), { source: 'import' });
      result.productsUpdated++;
      result.fieldsFilled += row.fills.length;
      result.fieldsOverwritten += overwritten;
    }
  })();
  return result;
}
