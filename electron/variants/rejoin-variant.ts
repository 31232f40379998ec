import type { ProductVariants } from '../../shared/domain/variant';
import { variantLabel } from '../../shared/domain/variant';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { productLabel } from '../drafts/product-label';
import { renumberPhotos } from '../products/renumber-photos';
import { checkVariants } from '../../shared/domain/check-variants';
import { readProductVariants } from './read-variants';
import type { StoredVariantRow } from './split-variant';

interface SplitRow {
  product_id: number;
  new_product_id: number;
  variant: string;
  photo_places: string;
  product_updated_at: string;
  created_at: string;
}

/**
 * Undoes a split: the variant goes back into its product as it was (same place among the
 * variants, same values, SKU, price, barcode, stock, photos where they were), and the product it
 * became, still as the split left it, goes. Refused with a plain message, changing nothing, when
 * that product was changed since (its listing, photos, variants; the Trash; a merge), since
 * putting it back would lose that, or when the variant's values no longer fit its product.
 */
export function rejoinVariant(db: Db, splitId: number): { productId: number; variants: ProductVariants } {
  return db
    .transaction(() => {
      const split = db.prepare<[number], SplitRow>('SELECT product_id, new_product_id, variant, photo_places, product_updated_at, created_at FROM variant_splits WHERE id = ?').get(splitId);
      if (!split) throw new AppError('not_found', 'This split cannot be undone: it was undone already, or one of its products was deleted from the Trash.');
      const row = JSON.parse(split.variant) as StoredVariantRow;
      const productId = split.product_id;
      const splitOff = productLabel(db, split.new_product_id);
      const label = productLabel(db, productId);
      const values = JSON.parse(row.option_values) as string[];
      const refuse = (why: string): never => {
        throw new AppError('conflict', `"${variantLabel(values)}" cannot go back into ${label}: ${why} Nothing was changed.`);
      };
      requireInLibrary(db, productId, refuse, `${label} is in the Trash or was merged into another product. Restore it (or undo that merge) first.`);
      requireInLibrary(db, split.new_product_id, refuse, `"${splitOff}", the product it became, is in the Trash or was merged. Restore it (or undo that merge) first.`);
      const photoIds = db.prepare<[number], number>('SELECT id FROM photos WHERE product_id = ? ORDER BY position, id').pluck().all(split.new_product_id);
      if (changedSince(db, split, photoIds)) {
        refuse(`"${splitOff}", the product it became, was changed since (its listing, photos or variants), and putting it back would lose that. Use Make variants to add it back instead.`);
      }
      const current = readProductVariants(db, productId);
      const restored = current.variants.map((v) => ({ values: v.values, sku: v.sku }));
      restored.splice(row.position, 0, { values, sku: row.sku });
      const problems = checkVariants(label, current.optionNames, restored);
      if (problems.length > 0) refuse(`its values no longer fit the product's options. ${problems.join(' ')}`);

      db.prepare<[number]>('DELETE FROM variant_splits WHERE id = ?').run(splitId);
      db.prepare<[number, number]>('UPDATE variants SET position = position + 1 WHERE product_id = ? AND position >= ?').run(productId, row.position);
      const idFree = db.prepare<[number], number>('SELECT 1 FROM variants WHERE id = ?').pluck().get(row.id) === undefined;
      const mergeKept = row.merge_id !== null && db.prepare<[number], number>('SELECT 1 FROM merges WHERE id = ?').pluck().get(row.merge_id) !== undefined;
      const variantId = Number(
        db
          .prepare(
            `INSERT INTO variants (id, product_id, position, option_values, value_sources, sku, price, barcode, quantity, merge_id, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(idFree ? row.id : null, productId, row.position, row.option_values, row.value_sources, row.sku, row.price, row.barcode, row.quantity, mergeKept ? row.merge_id : null, row.created_at, row.updated_at)
          .lastInsertRowid,
      );
      putPhotosBack(db, productId, variantId, photoIds, JSON.parse(split.photo_places) as [number, number][]);
      db.prepare<[number]>('DELETE FROM products WHERE id = ?').run(split.new_product_id);
      const updatedAt = db.prepare<[number], string>('SELECT updated_at FROM products WHERE id = ?').pluck().get(productId)!;
      const restoredAt = updatedAt === split.created_at ? split.product_updated_at : new Date().toISOString();
      db.prepare<[string, number]>('UPDATE products SET updated_at = ? WHERE id = ?').run(restoredAt, productId);
      return { productId, variants: readProductVariants(db, productId) };
    })
    .immediate();
}

function requireInLibrary(db: Db, productId: number, refuse: (why: string) => never, why: string): void {
  const state = db.prepare<[number], { deleted_at: string | null; merge_id: number | null }>('SELECT deleted_at, merge_id FROM products WHERE id = ?').get(productId);
  if (!state || state.deleted_at !== null || state.merge_id !== null) refuse(why);
}

/** The split-off product as the split left it: same updated times, untouched draft, only the variant's photos, no variants or merges. */
function changedSince(db: Db, split: SplitRow, photoIds: readonly number[]): boolean {
  const id = split.new_product_id;
  const product = db.prepare<[number], string>('SELECT updated_at FROM products WHERE id = ?').pluck().get(id);
  const draft = db.prepare<[number], { revision: number; updated_at: string }>('SELECT revision, updated_at FROM drafts WHERE product_id = ?').get(id);
  const variants = db.prepare<[number], number>('SELECT count(*) FROM variants WHERE product_id = ?').pluck().get(id)!;
  const merges = db.prepare<[number], number>('SELECT count(*) FROM merges WHERE target_id = ?').pluck().get(id)!;
  const places = new Set((JSON.parse(split.photo_places) as [number, number][]).map(([photoId]) => photoId));
  return (
    product !== split.created_at ||
    !draft ||
    draft.revision !== 0 ||
    draft.updated_at !== split.created_at ||
    variants > 0 ||
    merges > 0 ||
    photoIds.some((p) => !places.has(p))
  );
}

/**
 * The variant's photos back in the product, tagged again. Where the product's other photos are
 * still the ones it had, every photo returns to its old position; otherwise the variant's photos
 * follow the others in their old order.
 */
function putPhotosBack(db: Db, productId: number, variantId: number, photoIds: readonly number[], places: readonly [number, number][]): void {
  const others = db.prepare<[number], number>('SELECT id FROM photos WHERE product_id = ?').pluck().all(productId);
  const all = new Set([...others, ...photoIds]);
  const exact = all.size === places.length && places.every(([id]) => all.has(id));
  const tag = db.prepare<[number, number, number, number]>('UPDATE photos SET product_id = ?, variant_id = ?, position = ? WHERE id = ?');
  const after = 1 + (db.prepare<[number], number>('SELECT coalesce(max(position), 0) FROM photos WHERE product_id = ?').pluck().get(productId) ?? 0);
  photoIds.forEach((id, i) => tag.run(productId, variantId, after + i, id));
  if (exact) {
    const place = db.prepare<[number, number]>('UPDATE photos SET position = ? WHERE id = ?');
    for (const [id, position] of places) place.run(position, id);
  } else {
    renumberPhotos(db, productId);
  }
}
