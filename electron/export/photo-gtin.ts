import type { Db } from '../db/open-database';
import { readPhotoEvidence } from '../evidence/read-evidence';
import type { PhotoGtinLookup } from './read-listings';

/**
 * The first valid GTIN read from each product's photos, for the barcode column when the owner
 * gave none. Reads through the app's own connection, since the listing reader is mid-iteration.
 */
export function photoGtinLookup(db: Db): PhotoGtinLookup {
  return (productId) => readPhotoEvidence(db, productId).gtins[0];
}
