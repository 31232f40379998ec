import type { DraftFields } from '../../../shared/domain/draft';
import type { Api } from '../../../shared/ipc/api';
import type { RegenerateScope } from './editor-commands';

const ALL_FIELDS: readonly (keyof DraftFields)[] = ['title', 'description', 'tags', 'attributes', 'price', 'sku'];

/**
 * Regenerates a product's listing, or only one of its fields: the contract has no one-field
 * route, so the whole listing is written and then every other field is put back as it was, in
 * one more revision. Returns a sentence for the person when something went wrong, else null.
 */
export async function regenerateScoped(api: Api, productId: number, scope: RegenerateScope, runGeneration: (ids: number[]) => Promise<void>): Promise<string | null> {
  const before = await api.drafts.get({ productId });
  if (!before.ok) return before.error.message;
  await runGeneration([productId]);
  const after = await api.drafts.get({ productId });
  if (!after.ok) return after.error.message;
  if (after.value.revision === before.value.revision) return 'The listing was not rewritten; see the message under Generate.';
  if (scope === 'listing') return null;
  const keep: Partial<DraftFields> = {};
  for (const field of ALL_FIELDS) if (field !== scope) Object.assign(keep, { [field]: before.value[field] });
  const restored = await api.drafts.update({ productId, baseRevision: after.value.revision, fields: keep });
  return restored.ok ? null : restored.error.message;
}
