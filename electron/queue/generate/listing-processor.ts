import type { GenerationOptions } from '../../../shared/domain/generation-options';
import type { Db } from '../../db/open-database';
import { generateListing, type GenerateResult } from '../../generation/generate-listing';
import type { GenerationLog } from '../../generation/generation-log';
import type { ListingProvider } from '../../generation/providers/listing-provider';
import type { ItemProcessor } from '../item-processor';

export interface ListingProcessorDeps {
  db: Db;
  libraryDir: string;
  provider: ListingProvider;
  log?: GenerationLog;
}

/**
 * One product's listing through the generation pipeline, which retries rate limits and flaky
 * answers itself (honouring Retry-After) and saves the draft as it finishes. Because that save is
 * its own transaction, a crash between it and the item's commit is caught on recovery: the
 * queue adopts the saved revision instead of generating the product again.
 */
export function listingProcessor(deps: ListingProcessorDeps, options: GenerationOptions): ItemProcessor<GenerateResult> {
  return {
    process: (productId, signal) => generateListing({ ...deps, signal }, productId, options),
    commit: (_db, _productId, result) => result.draft.revision,
  };
}
