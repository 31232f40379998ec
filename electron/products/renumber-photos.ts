import type { Db } from '../db/open-database';

/** Rewrites the product's photo positions as 0, 1, 2… in their current order, closing gaps. */
export function renumberPhotos(db: Db, productId: number): void {
  const ids = db.prepare<[number], number>('SELECT id FROM photos WHERE product_id = ? ORDER BY position, id').pluck().all(productId);
  const setPosition = db.prepare<[number, number]>('UPDATE photos SET position = ? WHERE id = ?');
  ids.forEach((id, position) => setPosition.run(position, id));
}

export function touchProduct(db: Db, productId: number, now: string): void {
  db.prepare<[string, number]>('UPDATE products SET updated_at = ? WHERE id = ?').run(now, productId);
}
