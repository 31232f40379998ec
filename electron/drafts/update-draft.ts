import type { Draft, DraftFields, DraftFlag } from '../../shared/domain/draft';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { quotedProductLabel } from './product-label';
import { mergeFields, sameContent } from './draft-row';
import { readDraft } from './read-draft';
import { writeRevision, type RevisionSource } from './write-revision';

export interface UpdateDraftOptions {
  /** The revision the editor started from; a newer one in the database means someone else saved. */
  baseRevision?: number;
  source: RevisionSource;
  /**
   * The draft's flags for the new text (the checks live with generation, which saves drafts
   * itself, so they come in as a function). Without it the flags stay as they were.
   */
  recheck?: (current: Draft, next: DraftFields) => DraftFlag[];
  /**
   * What the person vouches for by typing it (e.g. a brand they entered), as confirmation keys
   * kept with the draft; the recheck sees them already confirmed.
   */
  typedConfirmations?: (current: Draft, next: DraftFields) => string[];
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
          `The draft of ${quotedProductLabel(db, productId)} was saved elsewhere (it is at revision ${current.revision}, this editor started from ${opts.baseRevision}). Reload the draft, then make your change again.`,
        );
      }
      const typed = opts.typedConfirmations?.(current, mergeFields(current, fields)) ?? [];
      const confirmed = typed.some((key) => !current.confirmed.includes(key)) ? [...new Set([...current.confirmed, ...typed])] : current.confirmed;
      const merged = { ...mergeFields(current, fields), confirmed };
      if (sameContent(current, merged)) return current;
      if (!opts.recheck) return writeRevision(db, current, { ...merged, status: current.status === 'new' ? 'draft' : current.status }, opts.source);
      const flags = opts.recheck({ ...current, confirmed }, merged);
      return writeRevision(db, current, { ...merged, flags, status: statusAfterEdit(current.status, flags) }, opts.source);
    })
    .immediate();
}

/** A new draft becomes a draft; a draft whose flags appeared or all cleared becomes flagged or a draft again. */
function statusAfterEdit(status: Draft['status'], flags: readonly DraftFlag[]): Draft['status'] {
  if (status === 'new' || status === 'draft' || status === 'flagged') return flags.length > 0 ? 'flagged' : 'draft';
  return status;
}
