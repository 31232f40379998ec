import type { Db } from '../db/open-database';
import { productLabel } from '../drafts/product-label';

/**
 * A product as the CLI names it at the start of a line: its label (title, SKU or file-name stem) in
 * quotes with the number the CLI's --product takes after it, `"Ember mug" (product 12)`; a product
 * with no name at all is just "Product 12".
 */
export function cliProductName(label: string, productId: number): string {
  return label === `product ${productId}` ? `Product ${productId}` : `"${label}" (product ${productId})`;
}

export function cliProductNameOf(db: Db, productId: number): string {
  return cliProductName(productLabel(db, productId), productId);
}
