import type { draftsRoutes } from '../../../shared/ipc/routes/drafts';
import type { Core } from '../../core/core';
import { getDraft } from '../../drafts/get-draft';
import { listRevisions } from '../../drafts/list-revisions';
import { restoreRevision } from '../../drafts/restore-revision';
import { setStatus } from '../../drafts/set-status';
import { updateDraft } from '../../drafts/update-draft';
import type { DomainHandlers } from '../router';

export function draftsHandlers(core: Core): DomainHandlers<typeof draftsRoutes> {
  return {
    'drafts.get': ({ productId }) => getDraft(core.db, productId),
    'drafts.update': ({ productId, fields, baseRevision }) => updateDraft(core.db, productId, fields, { baseRevision, source: 'edit' }),
    'drafts.revisions': ({ productId }) => listRevisions(core.db, productId),
    'drafts.restore': ({ productId, revision }) => restoreRevision(core.db, productId, revision),
    'drafts.setStatus': ({ productIds, status }) => setStatus(core.db, productIds, status),
  };
}
