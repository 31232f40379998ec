import type { draftsRoutes } from '../../../shared/ipc/routes/drafts';
import type { Core } from '../../core/core';
import { getDraft } from '../../drafts/get-draft';
import { listRevisions } from '../../drafts/list-revisions';
import { restoreRevision } from '../../drafts/restore-revision';
import { setStatus } from '../../drafts/set-status';
import { updateDraft } from '../../drafts/update-draft';
import { openGenerationLog } from '../../generation/generation-log';
import { recheckEditedFlags } from '../../generation/recheck-edited-flags';
import { regenerateField } from '../../generation/regenerate-field';
import { requireRegenerableField } from '../../generation/regenerate-field-request';
import { readGenerationSettings } from '../../generation/settings-store';
import { chooseProvider } from '../../generation/providers/choose-provider';
import type { DomainHandlers } from '../router';

export function draftsHandlers(core: Core): DomainHandlers<typeof draftsRoutes> {
  return {
    'drafts.get': ({ productId }) => getDraft(core.db, productId),
    'drafts.update': ({ productId, fields, baseRevision }) =>
      updateDraft(core.db, productId, fields, { baseRevision, source: 'edit', recheck: recheckEditedFlags(core.db, productId, readGenerationSettings(core.db).options) }),
    'drafts.revisions': ({ productId }) => listRevisions(core.db, productId),
    'drafts.restore': ({ productId, revision }) => restoreRevision(core.db, productId, revision),
    'drafts.setStatus': ({ productIds, status }) => setStatus(core.db, productIds, status),
    'drafts.regenerateField': async (request) => {
      // A refused field is named before a missing model: typing the price is the fix, not starting one.
      requireRegenerableField(request.productId, request.field);
      const settings = readGenerationSettings(core.db);
      const { provider } = chooseProvider(core, settings.provider);
      const deps = { db: core.db, libraryDir: core.libraryDir, provider, log: openGenerationLog(core.libraryDir) };
      return (await regenerateField(deps, request, settings.options)).draft;
    },
  };
}
