import type { RevisionSummary } from '../../shared/domain/draft';
import type { Db } from '../db/open-database';
import { unknownProduct } from './read-draft';

/** The product's saved revisions, newest first, with each one's title to recognise it by. */
export function listRevisions(db: Db, productId: number): RevisionSummary[] {
  if (!db.prepare('SELECT 1 FROM products WHERE id = ?').get(productId)) throw unknownProduct(productId);
  return db
    .prepare<[number], RevisionSummary>(
      `SELECT revision, source, created_at AS createdAt, json_extract(snapshot, '$.title') AS title,
              json_extract(snapshot, '$.mergedFrom') AS mergedFrom
       FROM revisions WHERE product_id = ? ORDER BY revision DESC`,
    )
    .all(productId);
}
