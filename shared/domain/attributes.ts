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
  /** The product's own eBay leaf category, Etsy taxonomy node and Google product category id. */
  ebayCategoryId: 'ebayCategoryId',
  etsyTaxonomyId: 'etsyTaxonomyId',
  googleProductCategory: 'googleProductCategory',
  /** Size, gender and age group, as Google names them. */
  size: 'size',
} as const;
