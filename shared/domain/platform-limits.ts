/**
 * Per-target listing limits, from ../shared/docs/storefront-formats.md (cited there). Used by the
 * generation prompt, the editor's chips and counters, and the export pre-flight lint.
 */
export const EXPORT_TARGETS = ['shopify', 'woocommerce', 'ebay', 'google', 'etsy', 'generic'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

export interface PlatformLimits {
  label: string;
  titleMax: number;
  descriptionMax?: number;
  tagsMax?: number;
  tagLengthMax?: number;
  picturesMax?: number;
  skuMax?: number;
}

export const PLATFORM_LIMITS: Record<ExportTarget, PlatformLimits> = {
  shopify: { label: 'Shopify', titleMax: 255, picturesMax: 250 },
  woocommerce: { label: 'WooCommerce', titleMax: 200 },
  ebay: { label: 'eBay', titleMax: 80, picturesMax: 12, skuMax: 50, descriptionMax: 500_000 },
  google: { label: 'Google Merchant Center', titleMax: 150, descriptionMax: 5000, picturesMax: 11, skuMax: 50 },
  etsy: { label: 'Etsy', titleMax: 140, tagsMax: 13, tagLengthMax: 20, picturesMax: 10 },
  generic: { label: 'Generic CSV', titleMax: 500 },
};
