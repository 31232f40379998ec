import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { quotedProductLabel, quotedProductLabelToStart } from '../drafts/product-label';
import { renumberPhotos, touchProduct } from './renumber-photos';
import { requireProducts } from './require-products';

/**
 * Moves each chosen photo out into a product of its own, with an empty 'new' draft, in the
 * order given. The source keeps the rest, renumbered; at least one photo must stay.
 */
export function splitProducts(db: Db, productId: number, photoIds: readonly number[]): number[] {
  const chosen = [...new Set(photoIds)];
  return db
    .transaction(() => {
      requireProducts(db, [productId], { inLibrary: true });
      const owned = new Set(db.prepare<[number], number>('SELECT id FROM photos WHERE product_id = ?').pluck().all(productId));
      const foreign = chosen.filter((id) => !owned.has(id));
      if (foreign.length > 0) {
        const names = foreign.map((id) => photoName(db, id));
        const which = names.length === 1 ? `${names[0]} is` : `${names.join(', ')} are`;
        throw new AppError('not_found', `${which} not part of ${quotedProductLabel(db, productId)}. Reopen the product and choose among its photos.`);
      }
      if (chosen.length >= owned.size) {
        throw new AppError('invalid_input', `${quotedProductLabelToStart(db, productId)} has ${owned.size} photo(s) and all were chosen; leave at least one in it, since the split-off photos each become a new product.`);
      }
      const now = new Date().toISOString();
      const groupKey = db.prepare<[number], string | null>('SELECT group_key FROM products WHERE id = ?').pluck().get(productId) ?? null;
      const createProduct = db.prepare<[string | null, string, string]>('INSERT INTO products (group_key, created_at, updated_at) VALUES (?, ?, ?)');
      const createDraft = db.prepare<[number, string]>('INSERT INTO drafts (product_id, updated_at) VALUES (?, ?)');
      // A photo split off shows no variant of its new product (which has none).
      const movePhoto = db.prepare<[number, number]>('UPDATE photos SET product_id = ?, position = 0, variant_id = NULL WHERE id = ?');
      const created = chosen.map((photoId) => {
        const id = Number(createProduct.run(groupKey, now, now).lastInsertRowid);
        createDraft.run(id, now);
        movePhoto.run(id, photoId);
        return id;
      });
      renumberPhotos(db, productId);
      touchProduct(db, productId, now);
      return created;
    })
    .immediate();
}

/** A photo as the owner knows it: its file name, else (deleted meanwhile) its number. */
function photoName(db: Db, photoId: number): string {
  const name = db.prepare<[number], string>('SELECT original_name FROM photos WHERE id = ?').pluck().get(photoId);
  return name === undefined ? `Photo ${photoId}` : `Photo "${name}"`;
}
