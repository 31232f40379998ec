import type { Draft, DraftFlag } from '../../shared/domain/draft';
import type { GenerationOptions } from '../../shared/domain/generation-options';
import { listingLimitsFor } from '../../shared/domain/listing-output';
import type { Db } from '../db/open-database';
import { inLibrary } from '../products/in-library';
import { getPhotos } from '../products/get-photos';
import { checkColours } from './check-colours';
import { checkEvidence } from './check-evidence';
import { checkObservedAgainstPhotos } from './check-observed';
import { checkReadable } from './check-readable';
import { checkVariantColours } from './check-variant-colours';
import { readVariantColours } from './read-variant-colours';
import { evidenceContextFor } from './evidence-context';
import { wordCountFlag } from './finish-listing';

/**
 * Every check on a draft's current text, as generation runs them: readable text, the word
 * budget, colours against the photos, one variant's colour named as the product's, the observation against the photos, the copy against the
 * observation, and claims nothing backs. The model's own doubts ('uncertain') are not a check and
 * are carried over from the saved flags. An empty draft has nothing to check.
 */
export function checkDraft(db: Db, draft: Draft, options: GenerationOptions): DraftFlag[] {
  if (!draft.title.trim() && !draft.description.trim()) return [];
  const productPhotos = getPhotos(db, draft.productId);
  const photos = productPhotos.map((p) => ({ palette: p.palette, scene: p.paletteScene }));
  const limits = listingLimitsFor(options.platform, options.wordTarget);
  return [
    ...checkReadable(draft, options.language),
    ...(draft.description.trim() ? [wordCountFlag(draft.description, limits.wordTarget)] : []),
    ...checkColours(draft, photos, options.language),
    ...checkVariantColours(draft, readVariantColours(db, draft.productId, productPhotos, options.language), options.language),
    ...(draft.observed ? checkObservedAgainstPhotos(draft.observed, photos) : []),
    ...checkEvidence(draft, evidenceContextFor(db, draft, options.language)),
    ...draft.flags.filter((f) => f.code === 'uncertain'),
  ].filter((f): f is DraftFlag => f !== undefined);
}

/** The products in the library (not in the Trash, not merged away) that have a draft, in id order. */
export function productsWithDrafts(db: Db): number[] {
  return db.prepare<[], number>(`SELECT p.id FROM products p JOIN drafts d ON d.product_id = p.id WHERE ${inLibrary('p')} ORDER BY p.id`).pluck().all();
}
