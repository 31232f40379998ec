import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { productLabel } from '../drafts/product-label';

/**
 * A product with variants merged into another would leave its photos naming variants of a product
 * that is no longer shown. Merging into a product with variants is fine: the photos that come in
 * show no one variant.
 */
export function refuseSourcesWithVariants(db: Db, sources: readonly number[]): void {
  const has = db.prepare<[number], number>('SELECT 1 FROM variants WHERE product_id = ? LIMIT 1').pluck();
  const withVariants = sources.filter((id) => has.get(id) !== undefined);
  if (withVariants.length === 0) return;
  const names = withVariants.map((id) => `"${productLabel(db, id)}"`).join(', ');
  throw new AppError(
    'invalid_input',
    `${names} ${withVariants.length === 1 ? 'has' : 'have'} variants, so ${withVariants.length === 1 ? 'it' : 'they'} cannot be merged into another product. Merge the others into ${withVariants.length === 1 ? 'it' : 'one of them'} instead, or split its variants out first; nothing was changed.`,
  );
}
