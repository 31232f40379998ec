import type { Draft, DraftFields } from '../../shared/domain/draft';
import { brandConfirmationKey } from '../../shared/text/claims/claim-key';

/**
 * A brand the owner typed (or changed) in the attributes is theirs: it is accepted without being
 * read off a photo. A brand the model wrote and the owner merely left alone is not.
 */
export function typedConfirmations(current: Draft, next: DraftFields): string[] {
  const before = current.attributes.brand?.trim() ?? '';
  const after = next.attributes.brand?.trim() ?? '';
  return after && after.toLowerCase() !== before.toLowerCase() ? [brandConfirmationKey(after)] : [];
}
