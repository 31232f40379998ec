import type { Draft, DraftFields } from '../../shared/domain/draft';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { mergeFields, sameContent } from './draft-row';
import { readDraft } from './read-draft';
import { writeRevision, type RevisionSource } from './write-revision';

export interface UpdateDraftOptions {
  /** The revision the editor started from; a newer one in the database means someone else saved. */
  baseRevision?: number;
  source: RevisionSource;
}

/**
 * Saves the given fields as one new revision, in one transaction. A save that changes nothing
 * returns the draft as it is, so an autosave of unchanged text does not pile up revisions.
 */
export function updateDraft(db: Db, productId: number, fields: Partial<DraftFields>, opts: UpdateDraftOptions): Draft {
  return db
    .transaction(() => {
      const current = readDraft(db, productId);
      if (opts.baseRevision !== undefined && opts.baseRevision !== current.revision) {
        throw new AppError(
          'conflict',
          `Product ${productId}'s draft was saved elsewhere (it is at revision ${current.revision}, this editor started from ${opts.baseRevision}). Reload the draft, then make your change again.`,
        );
      }
      const merged = mergeFields(current, fields);
      if (sameContent(current, merged)) return current;
      const next = { ...merged, status: current.status === 'new' ? ('draft' as const) : current.status };
      return writeRevision(db, current, next, opts.source);
    })
    .immediate();
}
