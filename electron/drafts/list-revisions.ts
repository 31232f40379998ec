import type { RevisionSummary } from '../../shared/domain/draft';
import type { Db } from '../db/open-database';
import { PRODUCT_LABEL_SQL } from './product-label';
import { unknownProduct } from './read-draft';

/** The product's saved revisions, newest first, with each one's title to recognise it by. */
export function listRevisions(db: Db, productId: number): RevisionSummary[] {
  if (!db.prepare('SELECT 1 FROM products WHERE id = ?').get(productId)) throw unknownProduct(productId);
  return db
    .prepare<[number], RevisionSummary>(
      `SELECT r.revision, r.source, r.created_at AS createdAt, json_extract(r.snapshot, '$.title') AS title,
              json_extract(r.snapshot, '$.mergedFrom') AS mergedFrom,
              (SELECT ${PRODUCT_LABEL_SQL} FROM products p LEFT JOIN drafts d ON d.product_id = p.id
                WHERE p.id = json_extract(r.snapshot, '$.mergedFrom')) AS mergedFromName
       FROM revisions r WHERE r.product_id = ? ORDER BY r.revision DESC`,
    )
    .all(productId);
}
