import type { readPhotoEvidence } from '../evidence/read-evidence';

/**
 * What the app read off a product's photos, as the evidence reader returns it: OCR text, its
 * words and valid GTINs. Taken from the reader's signature so the checks follow it.
 */
export type PhotoEvidence = ReturnType<typeof readPhotoEvidence>;
