import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { PLATFORM_LIMITS } from '../../shared/domain/platform-limits';
import { countListings, leftOutReasons, tallyDrafts, type ListingSelection } from './read-listings';

/** Product ids the export was asked for that have no draft in this library. */
export function findMissingProducts(db: Db, productIds: readonly number[]): number[] {
  const found = new Set(
    db.prepare<[string], number>('SELECT product_id FROM drafts WHERE product_id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(productIds)),
  );
  return [...new Set(productIds)].filter((id) => !found.has(id));
}

/**
 * Refuses, before anything is written, a selection that names products the library does not
 * have or that matches nothing: an empty export would otherwise replace a good file with a header.
 */
export function checkSelection(db: Db, selection: ListingSelection, outputPath: string): void {
  if (selection.productIds?.length === 0) throw new AppError('invalid_input', `No products were chosen to export; nothing was written to ${outputPath}.`);
  if (selection.productIds) {
    const missing = findMissingProducts(db, selection.productIds);
    if (missing.length > 0) {
      const shown = missing.slice(0, 10).join(', ') + (missing.length > 10 ? ` and ${missing.length - 10} more` : '');
      throw new AppError('not_found', `This library has no product ${shown}. Check the product numbers; nothing was written to ${outputPath}.`);
    }
  }
  if (countListings(db, selection) === 0) {
    const label = PLATFORM_LIMITS[selection.target].label;
    const reasons = selection.productIds ? [] : leftOutReasons(tallyDrafts(db, selection.target), selection, label);
    const why = reasons.length > 0 ? `not taken: ${reasons.map((r) => `${r.count} ${r.reason}`).join(', ')}` : 'no draft is approved yet';
    throw new AppError(
      'not_found',
      `There is nothing new to export to ${label} (${why}). Approve drafts, choose which drafts to take (their status, or those already exported there too), or name the products; nothing was written to ${outputPath}.`,
    );
  }
}
