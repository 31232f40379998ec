import { PLATFORM_LIMITS } from '../../shared/domain/platform-limits';
import type { ExportOptions, ExportStatus, LintReport } from '../../shared/domain/export';
import type { ExportTarget } from '../../shared/domain/platform-limits';
import type { Db } from '../db/open-database';
import { readShopProfile } from '../shop/shop-profile-store';
import { planImages } from './image-names';
import { createLintCollector } from './lint/lint-collector';
import { lintListing } from './lint/lint-listing';
import { PROGRESS_EVERY, yieldToEventLoop, type ExportHooks } from './progress';
import { countListings, iterateListings, leftOutReasons, openListingReader, tallyDrafts } from './read-listings';
import { buildRowContext, fileNotices, listingBaseHandle } from './row-context';
import { resolveShopSettings, type ShopSettings } from './shop-settings';
import { TARGETS } from './targets';
import { photoGtinLookup } from './photo-gtin';
import { throwIfCancelled } from './throw-if-cancelled';

export interface ExportSelection {
  target: ExportTarget;
  productIds?: readonly number[];
  status?: ExportStatus;
  includeExported?: boolean;
  options: ExportOptions;
  spreadsheetSafe: boolean;
}

/** The shop profile under this export's options, read once per export. */
export function shopSettingsFor(db: Db, selection: ExportSelection): ShopSettings {
  return resolveShopSettings(readShopProfile(db), selection.options);
}

/** What the selection left out and why, from the library as it is now. */
export function leftOutFor(db: Db, selection: ExportSelection): LintReport['leftOut'] {
  if (selection.productIds) return [];
  return leftOutReasons(tallyDrafts(db, selection.target), selection, PLATFORM_LIMITS[selection.target].label);
}

/** The pre-flight report for one target: reads every selected draft, writes nothing. */
export async function lintExport(db: Db, selection: ExportSelection, hooks: ExportHooks = {}): Promise<LintReport> {
  const spec = TARGETS[selection.target];
  const shop = shopSettingsFor(db, selection);
  const collector = createLintCollector(selection.target);
  const reader = openListingReader(db);
  try {
    const total = countListings(reader, selection);
    let done = 0;
    for (const listing of iterateListings(reader, selection, photoGtinLookup(db))) {
      const handle = listingBaseHandle(listing);
      // Judged alone, a listing with variants is laid out as it would be in a file that holds variants.
      const ctx = buildRowContext(handle, planImages(handle, listing.photos), selection.options, shop, hooks.taxonomy, listing.variants.length > 0);
      collector.add(listing, lintListing(spec, listing, ctx, selection.spreadsheetSafe));
      if (++done % PROGRESS_EVERY === 0) {
        hooks.onProgress?.('lint', done, total);
        await yieldToEventLoop();
        throwIfCancelled(hooks.signal);
      }
    }
    hooks.onProgress?.('lint', done, total);
    return collector.report(fileNotices(selection.target, selection.options), leftOutFor(reader, selection));
  } finally {
    reader.close();
  }
}
