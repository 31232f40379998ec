import type { DraftFields, DraftFlag } from '../../../../shared/domain/draft';
import { saveGeneratedDraft } from '../../../../electron/drafts/save-generated-draft';
import type { ItemProcessor } from '../../../../electron/queue/item-processor';

export interface Listing {
  fields: Partial<DraftFields>;
  flags: DraftFlag[];
}

/** The listing the deterministic processor writes for a product: the same every time. */
export function expectedListing(productId: number): Listing {
  return {
    fields: {
      title: `Hand-thrown mug no. ${productId}`,
      description: `Stoneware mug ${productId}, glazed in sea green, holds 350 ml.`,
      tags: ['mug', `batch-${productId % 7}`],
      attributes: { category: 'Home & Garden > Kitchen > Mugs', color: 'green' },
    },
    flags: productId % 5 === 0 ? [{ code: 'word_count', reason: 'Description is short.' }] : [],
  };
}

/**
 * Stands in for the model: waits `ms` (honouring the abort signal, as a real request does), then
 * returns expectedListing(); commit saves it with the drafts service, as generation does.
 */
export function deterministicProcessor(ms: number, hooks: { onStart?(productId: number): void } = {}): ItemProcessor<Listing> {
  return {
    process(productId, signal) {
      hooks.onStart?.(productId);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => resolve(expectedListing(productId)), ms);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason);
        }, { once: true });
      });
    },
    commit(db, productId, result) {
      return saveGeneratedDraft(db, productId, result.fields, result.flags).revision;
    },
  };
}
