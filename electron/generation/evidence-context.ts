import type { Draft } from '../../shared/domain/draft';
import type { Db } from '../db/open-database';
import { readPhotoEvidence } from '../evidence/read-evidence';
import type { EvidenceContext } from './check-evidence';

/** The evidence a saved draft's copy is checked against: its observation, the photos' read text, the owner's confirmations and SKU. */
export function evidenceContextFor(db: Db, draft: Draft, language: string): EvidenceContext & { sku: string | null } {
  return { observed: draft.observed, read: readPhotoEvidence(db, draft.productId), confirmed: draft.confirmed, language, sku: draft.sku };
}
