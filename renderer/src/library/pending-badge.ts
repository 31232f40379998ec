import type { ProductSummary } from '../../../shared/domain/product';

/**
 * What a card says while a bulk job holds its product: "Generating" only while its own item is
 * being written, "Queued" before its turn (and for all of them while the job is paused). `jobIds`
 * is 'all' for a whole-library job until the queue has said which products it holds; until then
 * only new products are known to be in it.
 */
export function pendingBadge(
  product: Pick<ProductSummary, 'id' | 'status'>,
  jobIds: ReadonlySet<number> | 'all',
  runningIds: ReadonlySet<number>,
  jobPaused: boolean,
): 'generating' | 'queued' | null {
  const inJob = jobIds === 'all' ? product.status === 'new' : jobIds.has(product.id);
  if (!inJob) return null;
  return !jobPaused && runningIds.has(product.id) ? 'generating' : 'queued';
}
