import type { DraftStatus } from '../../../shared/domain/draft';
import type { ProductSummary } from '../../../shared/domain/product';

/** Enough cards to fill a large window: drawn first, before the rest of a big library arrives. */
export const FIRST_PAGE = 240;

export interface ProductFilter {
  status: DraftStatus | 'all';
  search: string;
  /** Show the Trash instead of the library. */
  trash?: boolean;
}

export interface ProductPage {
  items: ProductSummary[];
  /** Products that pass the filter. */
  total: number;
  /** Products in the library, whatever the filter. */
  libraryTotal: number;
}
