import type { Db } from '../db/open-database';

/** What the app itself read off a product's photos: OCR text, its words, and valid GTINs from barcodes. */
export interface PhotoEvidence {
  text: string;
  words: string[];
  gtins: string[];
}

/**
 * The text and barcodes read from the product's photos. This version reads nothing yet, so every
 * brand, size and origin in the copy is still to be confirmed by the owner; the OCR branch
 * replaces it with the reader of its own results.
 */
export function readPhotoEvidence(_db: Db, _productId: number): PhotoEvidence {
  return { text: '', words: [], gtins: [] };
}
