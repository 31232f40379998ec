import type { Db } from '../db/open-database';

/** What the app read from a product's photos itself: label text and valid GTINs. */
export interface PhotoEvidence {
  /** All OCR text, photo by photo in the product's photo order, separated by blank lines. */
  text: string;
  /** Every word read, in photo order then reading order (duplicates kept). */
  words: string[];
  /** Distinct GTINs whose check digit is valid, in the order first read. */
  gtins: string[];
}

interface EvidenceRow {
  ocr_text: string;
  ocr_words: string;
  barcodes: string;
}

interface StoredBarcode {
  format: string;
  text: string;
  valid: boolean;
}

/**
 * All evidence read so far from the product's photos; empty when nothing was read yet (or every
 * read failed). Only barcodes stored as valid GTINs count: a QR code or Code 128 text is no GTIN.
 */
export function readPhotoEvidence(db: Db, productId: number): PhotoEvidence {
  const rows = db
    .prepare(
      `SELECT e.ocr_text, e.ocr_words, e.barcodes
         FROM photo_evidence e JOIN photos p ON p.id = e.photo_id
        WHERE p.product_id = ? AND e.error IS NULL
        ORDER BY p.position, p.id`,
    )
    .all(productId) as EvidenceRow[];
  const texts: string[] = [];
  const words: string[] = [];
  const gtins: string[] = [];
  for (const row of rows) {
    if (row.ocr_text.trim() !== '') texts.push(row.ocr_text.trim());
    words.push(...(JSON.parse(row.ocr_words) as string[]));
    for (const code of JSON.parse(row.barcodes) as StoredBarcode[]) {
      if (code.valid && !gtins.includes(code.text)) gtins.push(code.text);
    }
  }
  return { text: texts.join('\n\n'), words, gtins };
}
