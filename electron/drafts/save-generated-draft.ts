import type { Draft, DraftFields, DraftFlag } from '../../shared/domain/draft';
import type { Db } from '../db/open-database';
import { mergeFields } from './draft-row';
import { readDraft } from './read-draft';
import { writeRevision } from './write-revision';

/**
 * Stores what the model wrote as a new revision (source 'generate'). A draft with flags needs a
 * person's look, so it becomes 'flagged'; otherwise 'draft'. Fields the model did not produce
 * (price, sku) keep what the shop owner typed.
 */
export function saveGeneratedDraft(db: Db, productId: number, fields: Partial<DraftFields>, flags: readonly DraftFlag[]): Draft {
  return db
    .transaction(() => {
      const current = readDraft(db, productId);
      const next: Draft = { ...mergeFields(current, fields), flags: [...flags], status: flags.length > 0 ? 'flagged' : 'draft' };
      return writeRevision(db, current, next, 'generate', { replacedStatus: current.status });
    })
    .immediate();
}
