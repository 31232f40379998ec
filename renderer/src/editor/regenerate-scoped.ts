import type { Api } from '../../../shared/ipc/api';
import type { RegenerateScope } from './editor-commands';

/**
 * Regenerates a product's whole listing through the generation queue, or one field through
 * drafts.regenerateField, which saves only that field in one new revision. Call after the
 * editor's autosave has flushed: the model reads the saved text of the other fields. Returns a
 * sentence for the person when something went wrong, else null.
 */
export async function regenerateScoped(api: Api, productId: number, scope: RegenerateScope, runGeneration: (ids: number[]) => Promise<void>): Promise<string | null> {
  if (scope !== 'listing') {
    const result = await api.drafts.regenerateField({ productId, field: scope });
    return result.ok ? null : result.error.message;
  }
  const before = await api.drafts.get({ productId });
  if (!before.ok) return before.error.message;
  await runGeneration([productId]);
  const after = await api.drafts.get({ productId });
  if (!after.ok) return after.error.message;
  return after.value.revision === before.value.revision ? 'The listing was not rewritten; see the message under Generate.' : null;
}
