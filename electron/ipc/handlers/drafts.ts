import type { draftsRoutes } from '../../../shared/ipc/routes/drafts';
import type { Services } from '../services';
import { getDraft } from '../../drafts/get-draft';
import { listRevisions } from '../../drafts/list-revisions';
import { putBackOwnerVersion } from '../../drafts/put-back-owner-version';
import { restoreRevision } from '../../drafts/restore-revision';
import { setStatus } from '../../drafts/set-status';
import { updateDraft } from '../../drafts/update-draft';
import { openGenerationLog } from '../../generation/generation-log';
import { recheckEditedFlags } from '../../generation/recheck-edited-flags';
import { regenerateField } from '../../generation/regenerate-field';
import { requireRegenerableField } from '../../generation/regenerate-field-request';
import { readGenerationSettings } from '../../generation/settings-store';
import { chooseProvider } from '../../generation/providers/choose-provider';
import { attributeSources } from '../../generation/attribute-sources';
import { hasColourOption } from '../../generation/read-variant-colours';
import { confirmClaims } from '../../generation/confirm-claims';
import { typedConfirmations } from '../../generation/typed-confirmations';
import { readPhotoEvidence } from '../../evidence/read-evidence';
import { getPhotos } from '../../products/get-photos';
import { quotedProductLabel } from '../../drafts/product-label';
import type { DomainHandlers } from '../router';

export function draftsHandlers(services: Services): DomainHandlers<typeof draftsRoutes> {
  return {
    'drafts.get': ({ productId }) => getDraft(services.db, productId),
    'drafts.update': ({ productId, fields, baseRevision }) =>
      updateDraft(services.db, productId, fields, {
        baseRevision,
        source: 'edit',
        recheck: recheckEditedFlags(services.db, productId, readGenerationSettings(services.db).options),
        typedConfirmations,
      }),
    'drafts.revisions': ({ productId }) => listRevisions(services.db, productId),
    'drafts.restore': ({ productId, revision }) => restoreRevision(services.db, productId, revision),
    'drafts.putBack': ({ productId }) => putBackOwnerVersion(services.db, productId),
    'drafts.setStatus': ({ productIds, status }) => setStatus(services.db, productIds, status),
    'drafts.evidence': ({ productId }) => {
      const draft = getDraft(services.db, productId);
      const read = readPhotoEvidence(services.db, productId);
      const photos = getPhotos(services.db, productId).map((p) => ({ palette: p.palette, scene: p.paletteScene }));
      return { observed: draft.observed, sources: attributeSources(draft, photos, read, hasColourOption(services.db, productId)), readText: read.text };
    },
    'drafts.confirm': ({ productId, words }) => confirmClaims(services.db, productId, words, readGenerationSettings(services.db).options),
    'drafts.regenerateField': async (request) => {
      // A refused field is named before a missing model: typing the price is the fix, not starting one.
      requireRegenerableField(quotedProductLabel(services.db, request.productId), request.field);
      const settings = readGenerationSettings(services.db);
      const { provider } = chooseProvider(services, settings.provider);
      const deps = { db: services.db, libraryDir: services.libraryDir, provider, log: openGenerationLog(services.libraryDir) };
      return (await regenerateField(deps, request, settings.options)).draft;
    },
  };
}
