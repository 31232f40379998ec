import type { Draft } from '../../shared/domain/draft';
import type { Db } from '../db/open-database';
import { readDraft } from './read-draft';

/** The product's current draft; a product never edited gets an empty 'new' draft on first read. */
export function getDraft(db: Db, productId: number): Draft {
  return db.transaction(() => readDraft(db, productId)).immediate();
}
