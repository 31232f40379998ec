import type { DraftStatus } from '../../../shared/domain/draft-status';
import type { DraftKind } from '../../../shared/domain/draft-kinds';

export interface DraftFacts {
  /** null when the product has no draft row yet. */
  status: DraftStatus | null;
  /** Source of the latest revision ('generate', 'edit', 'restore', 'import', 'export'), null when none. */
  latestSource: string | null;
}

/**
 * Whose words a draft holds. Anything the owner saved, restored or imported is theirs; the status
 * decides approval first, because an approved model draft is the owner's decision too.
 */
export function kindOfDraft(facts: DraftFacts): DraftKind {
  if (facts.status === 'approved' || facts.status === 'exported') return 'approved';
  if (facts.status === null || facts.latestSource === null) return 'new';
  return facts.latestSource === 'generate' ? 'drafts' : 'edited';
}
