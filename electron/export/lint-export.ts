import type { ExportTarget } from '../../shared/domain/platform-limits';
import type { ExportOptions, LintReport } from '../../shared/domain/export';
import type { Db } from '../db/open-database';
import { planImages } from './image-names';
import { createLintCollector } from './lint/lint-collector';
import { lintListing } from './lint/lint-listing';
import { PROGRESS_EVERY, yieldToEventLoop, type ExportHooks } from './progress';
import { countListings, iterateListings, openListingReader } from './read-listings';
import { buildRowContext, fileNotices, listingBaseHandle } from './row-context';
import { TARGETS } from './targets';
import { throwIfCancelled } from './throw-if-cancelled';

export interface ExportSelection {
  target: ExportTarget;
  productIds?: readonly number[];
  options: ExportOptions;
  spreadsheetSafe: boolean;
}

/** The pre-flight report for one target: reads every selected draft, writes nothing. */
export async function lintExport(db: Db, selection: ExportSelection, hooks: ExportHooks = {}): Promise<LintReport> {
  const spec = TARGETS[selection.target];
  const collector = createLintCollector(selection.target);
  const reader = openListingReader(db);
  try {
    const total = countListings(reader, selection);
    let done = 0;
    for (const listing of iterateListings(reader, selection)) {
      const handle = listingBaseHandle(listing);
      const ctx = buildRowContext(handle, planImages(handle, listing.photos), selection.options);
      collector.add(listing, lintListing(spec, listing, ctx, selection.spreadsheetSafe));
      if (++done % PROGRESS_EVERY === 0) {
        hooks.onProgress?.('lint', done, total);
        await yieldToEventLoop();
        throwIfCancelled(hooks.signal);
      }
    }
    hooks.onProgress?.('lint', done, total);
    return collector.report(fileNotices(selection.target, selection.options));
  } finally {
    reader.close();
  }
}
