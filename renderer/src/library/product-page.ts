import type { DraftStatus } from '../../../shared/domain/draft';
import type { ProductSummary } from '../../../shared/domain/product';

/** Enough cards to fill a large window: drawn first, before the rest of a big library arrives. */
export const FIRST_PAGE = 240;

export interface ProductFilter {
  status: DraftStatus | 'all';
  search: string;
}

export interface ProductPage {
  items: ProductSummary[];
  total: number;
}
