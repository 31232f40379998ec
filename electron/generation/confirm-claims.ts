import type { Draft } from '../../shared/domain/draft';
import type { GenerationOptions } from '../../shared/domain/generation-options';
import { AppError } from '../../shared/errors';
import { brandConfirmationKey, claimConfirmationKey } from '../../shared/text/claims/claim-key';
import { findFactClaims } from '../../shared/text/claims/find-fact-claims';
import type { Db } from '../db/open-database';
import { readDraft } from '../drafts/read-draft';
import { writeRevision } from '../drafts/write-revision';
import { checkEvidence } from './check-evidence';
import { evidenceContextFor } from './evidence-context';

/**
 * The key the owner's word for one flagged phrase is kept under: a size, percentage, origin or
 * care promise by its normalised words, anything else (a brand) by its name.
 */
export function confirmationKeyOf(words: string): string {
  return findFactClaims(words).length > 0 ? claimConfirmationKey(words) : brandConfirmationKey(words);
}

/**
 * Records that the owner vouches for the named words (from an `unverified_claim` flag), as one
 * 'edit' revision so it can be undone, and redoes every field's claim check so those words stop
 * being flagged wherever they appear. Words already confirmed change nothing.
 */
export function confirmClaims(db: Db, productId: number, words: readonly string[], options: GenerationOptions): Draft {
  const cleaned = words.map((w) => w.trim()).filter(Boolean);
  if (cleaned.length === 0) throw new AppError('invalid_input', 'Name the words to confirm, e.g. the brand or "12 oz" from the flag.');
  return db
    .transaction(() => {
      const current = readDraft(db, productId);
      const confirmed = [...new Set([...current.confirmed, ...cleaned.map(confirmationKeyOf)])];
      if (confirmed.length === current.confirmed.length) return current;
      const ctx = { ...evidenceContextFor(db, current, options.language), confirmed };
      const claims = checkEvidence(current, ctx).filter((f) => f.code === 'unverified_claim');
      const flags = [...current.flags.filter((f) => f.code !== 'unverified_claim'), ...claims];
      const status = current.status === 'flagged' && flags.length === 0 ? 'draft' : current.status;
      return writeRevision(db, current, { ...current, confirmed, flags, status }, 'edit');
    })
    .immediate();
}
