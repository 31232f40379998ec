import type { Draft, DraftFields, DraftFlag, ObservedFacts } from '../../shared/domain/draft';
import type { Db } from '../db/open-database';
import { mergeFields } from './draft-row';
import { readDraft } from './read-draft';
import { writeRevision } from './write-revision';

/**
 * Stores what the model wrote as a new revision (source 'generate'), with the facts it saw (kept
 * as they were when a caller has none, e.g. one regenerated field). A draft with flags needs a
 * person's look, so it becomes 'flagged'; otherwise 'draft'. Fields the model did not produce
 * (price, sku) keep what the shop owner typed.
 */
export function saveGeneratedDraft(db: Db, productId: number, fields: Partial<DraftFields>, flags: readonly DraftFlag[], observed?: ObservedFacts): Draft {
  return db
    .transaction(() => {
      const current = readDraft(db, productId);
      const next: Draft = { ...mergeFields(current, fields), flags: [...flags], observed: observed ?? current.observed, status: flags.length > 0 ? 'flagged' : 'draft' };
      return writeRevision(db, current, next, 'generate', { replacedStatus: current.status });
    })
    .immediate();
}
