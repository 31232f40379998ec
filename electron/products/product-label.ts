import type { Db } from '../db/open-database';

/**
 * How messages name a product: its title, else its SKU (the file-name stem of its photos until the
 * owner types another), else "product 12". SQL expression over `products p LEFT JOIN drafts d`.
 */
export const PRODUCT_LABEL_SQL = `coalesce(nullif(trim(d.title), ''), nullif(trim(d.sku), ''), nullif(trim(p.group_key), ''), 'product ' || p.id)`;

export function productLabel(db: Db, productId: number): string {
  return (
    db.prepare<[number], string>(`SELECT ${PRODUCT_LABEL_SQL} FROM products p LEFT JOIN drafts d ON d.product_id = p.id WHERE p.id = ?`).pluck().get(productId) ??
    `product ${productId}`
  );
}
