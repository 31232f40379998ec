import { ATTRIBUTE_KEYS } from '../../shared/domain/attributes';
import { variantLabel } from '../../shared/domain/variant';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { productLabel } from '../drafts/product-label';
import { renumberPhotos } from '../products/renumber-photos';
import { requireProducts } from '../products/require-products';
import type { StoredVariantRow } from './read-variants';

export type { StoredVariantRow } from './read-variants';

export interface SplitResult {
  /** The new product the variant became. */
  productId: number;
  /** variants.rejoin with it puts the variant back. */
  splitId: number;
}

/**
 * Moves one variant out into a product of its own: its photos (in their order), a new 'new' draft
 * titled after the group and the variant ("Cotton tee – Blue"; untitled when the group is) with the variant's SKU and price (the group's price when the variant had none of its own), its
 * barcode and stock, and its colour and size as attributes. The variant row goes; everything
 * needed to put it back exactly is kept (variant_splits), so rejoinVariant undoes it. The last
 * variant of a product is not split: a product keeps at least one, and splitting one of two
 * leaves a product with one variant, which is allowed.
 */
export function splitVariant(db: Db, variantId: number): SplitResult {
  return db
    .transaction((): SplitResult => {
      const variant = db.prepare<[number], StoredVariantRow>('SELECT * FROM variants WHERE id = ?').get(variantId);
      if (!variant) throw new AppError('not_found', 'This variant is no longer there (it was split out or removed). Reopen the product to see its variants.');
      const productId = variant.product_id;
      requireProducts(db, [productId], { inLibrary: true });
      const label = productLabel(db, productId);
      const values = JSON.parse(variant.option_values) as string[];
      const count = db.prepare<[number], number>('SELECT count(*) FROM variants WHERE product_id = ?').pluck().get(productId)!;
      if (count <= 1) {
        throw new AppError('invalid_input', `"${variantLabel(values)}" is the only variant of ${label}; a product keeps at least one. Nothing was changed.`);
      }
      const now = new Date().toISOString();
      const product = db.prepare<[number], { group_key: string | null; updated_at: string; option_names: string }>('SELECT group_key, updated_at, option_names FROM products WHERE id = ?').get(productId)!;
      const places = db.prepare<[number], [number, number]>('SELECT id, position FROM photos WHERE product_id = ? ORDER BY position, id').raw().all(productId);
      const group = db.prepare<[number], { price: string | null; title: string }>('SELECT price, title FROM drafts WHERE product_id = ?').get(productId);

      const newId = Number(db.prepare<[string | null, string, string]>('INSERT INTO products (group_key, created_at, updated_at) VALUES (?, ?, ?)').run(product.group_key, now, now).lastInsertRowid);
      const attributes = splitAttributes(JSON.parse(product.option_names) as string[], values, variant);
      // Named after the group and the variant ("Cotton tee – Blue"), so it is never just "product 12".
      const title = group?.title.trim() ? `${group.title.trim()} – ${variantLabel(values)}` : '';
      db.prepare<[number, string, string, string | null, string | null, string]>('INSERT INTO drafts (product_id, title, attributes, price, sku, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        newId,
        title,
        JSON.stringify(attributes),
        variant.price ?? group?.price ?? null,
        variant.sku,
        now,
      );
      const photoIds = db.prepare<[number], number>('SELECT id FROM photos WHERE variant_id = ? ORDER BY position, id').pluck().all(variantId);
      const move = db.prepare<[number, number, number]>('UPDATE photos SET product_id = ?, position = ?, variant_id = NULL WHERE id = ?');
      photoIds.forEach((id, position) => move.run(newId, position, id));
      db.prepare<[number]>('DELETE FROM variants WHERE id = ?').run(variantId);
      db.prepare<[number, number]>('UPDATE variants SET position = position - 1 WHERE product_id = ? AND position > ?').run(productId, variant.position);
      renumberPhotos(db, productId);
      db.prepare<[string, number]>('UPDATE products SET updated_at = ? WHERE id = ?').run(now, productId);
      const splitId = Number(
        db
          .prepare<[number, number, string, string, string, string]>(
            'INSERT INTO variant_splits (product_id, new_product_id, variant, photo_places, product_updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(productId, newId, JSON.stringify(variant), JSON.stringify(places), product.updated_at, now).lastInsertRowid,
      );
      return { productId: newId, splitId };
    })
    .immediate();
}

/** The variant's facts a product of its own keeps as attributes: colour, size, barcode, stock. */
function splitAttributes(optionNames: readonly string[], values: readonly string[], variant: StoredVariantRow): Record<string, string> {
  const attributes: Record<string, string> = {};
  optionNames.forEach((name, i) => {
    const value = values[i]?.trim();
    if (!value) return;
    if (/^colou?r$/i.test(name)) attributes.color = value;
    else if (/^size$/i.test(name)) attributes[ATTRIBUTE_KEYS.size] = value;
  });
  if (variant.barcode) attributes[ATTRIBUTE_KEYS.barcode] = variant.barcode;
  if (variant.quantity) attributes[ATTRIBUTE_KEYS.quantity] = variant.quantity;
  return attributes;
}
