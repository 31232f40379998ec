/**
 * Attribute keys beyond the named ones in shared/domain/draft.ts: the product import fills them,
 * the export reads them.
 */
export const ATTRIBUTE_KEYS = {
  vendor: 'vendor',
  quantity: 'quantity',
  barcode: 'barcode',
  compareAtPrice: 'compareAtPrice',
  weightGrams: 'weightGrams',
  /** A handle the user typed, used instead of the one made from the title. */
  handle: 'handle',
} as const;
