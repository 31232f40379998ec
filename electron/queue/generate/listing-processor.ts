import type { CategoryIndex } from '../../categories/find-category-candidates';
import type { GenerationOptions } from '../../../shared/domain/generation-options';
import type { Db } from '../../db/open-database';
import { saveGeneratedDraft } from '../../drafts/save-generated-draft';
import { writeListing, type WrittenListing } from '../../generation/generate-listing';
import type { GenerationLog } from '../../generation/generation-log';
import type { ListingProvider } from '../../generation/providers/listing-provider';
import type { ItemProcessor } from '../item-processor';
import { engineOutsideFailure } from './engine-outside-failure';

export interface ListingProcessorDeps {
  db: Db;
  libraryDir: string;
  provider: ListingProvider;
  /** Google's taxonomy, indexed, for the model to pick each product's category from. */
  categories?: CategoryIndex;
  log?: GenerationLog;
}

/**
 * One product's listing through the generation pipeline, which retries rate limits and flaky
 * answers itself (honouring Retry-After). The draft is saved in `commit`, inside the queue's
 * transaction that marks the item done: a crash before it leaves neither, after it both.
 */
export function listingProcessor(deps: ListingProcessorDeps, options: GenerationOptions): ItemProcessor<WrittenListing> {
  return {
    process: (productId, signal) => writeListing({ ...deps, signal }, productId, options),
    commit: (db, productId, result) => saveGeneratedDraft(db, productId, result.fields, result.flags, result.observed).revision,
    outsideFailure: (err) => engineOutsideFailure(err, deps.provider.availability?.()),
  };
}
