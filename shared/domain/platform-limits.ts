/**
 * Per-target listing limits, from /work/shared/docs/storefront-formats.md (section numbers below;
 * the doc cites the vendor source for each). Used by the generation prompt, the editor's chips and
 * counters, and the export pre-flight lint. A limit the doc does not give is left out rather than
 * guessed, except where a field says otherwise.
 */
export const EXPORT_TARGETS = ['shopify', 'woocommerce', 'ebay', 'google', 'etsy', 'generic'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

/**
 * The file name extension each target's importer expects: Google Merchant Center's feed is a
 * tab-separated .txt (§5), every other target a .csv. The export writes the dialect that goes with
 * it (electron/export/targets); the window names the file with it.
 */
export const EXPORT_FILE_EXTENSIONS = {
  shopify: 'csv',
  woocommerce: 'csv',
  ebay: 'csv',
  google: 'txt',
  etsy: 'csv',
  generic: 'csv',
} as const satisfies Record<ExportTarget, string>;

export interface PlatformLimits {
  label: string;
  /** Longest title the target accepts, in characters (UTF-16 code units, as the platforms count). */
  titleMax: number;
  descriptionMax?: number;
  tagsMax?: number;
  tagLengthMax?: number;
  /** Most pictures one listing can carry in this file (the main image included). */
  picturesMax?: number;
  skuMax?: number;
  materialsMax?: number;
  /** Largest upload the target takes, in bytes. */
  fileBytesMax?: number;
}

export const PLATFORM_LIMITS: Record<ExportTarget, PlatformLimits> = {
  // §1.2: only the SEO fields, alt text, vendor and the 15 MB file have documented limits. The
  // 255-character title is Shopify's admin limit, not in the doc [U].
  shopify: { label: 'Shopify', titleMax: 255, fileBytesMax: 15 * 1000 * 1000 },
  // §2: WooCommerce documents no title, tag or image limit; 500 is this app's own title maximum.
  woocommerce: { label: 'WooCommerce', titleMax: 500 },
  // §4: title 80, 12 pictures (capped for safety), SKU 50, description 500,000 [S], feed 15 MiB [S].
  ebay: { label: 'eBay', titleMax: 80, picturesMax: 12, skuMax: 50, descriptionMax: 500_000, fileBytesMax: 15 * 1024 * 1024 },
  // §5: id 50, title 150, description 5,000, image_link + up to 10 additional_image_link.
  google: { label: 'Google Merchant Center', titleMax: 150, descriptionMax: 5000, picturesMax: 11, skuMax: 50 },
  // §3: title 140, 13 tags × 20 characters, 13 materials; image_1 … image_10 in the Shop Uploader template.
  etsy: { label: 'Etsy', titleMax: 140, tagsMax: 13, tagLengthMax: 20, picturesMax: 10, materialsMax: 13 },
  generic: { label: 'Generic CSV', titleMax: 500 },
};

/** Shopify-only rules (§1.2). */
export const SHOPIFY_RULES = {
  /** Letters, numbers and dashes only; generated handles are lowercase ASCII. */
  handlePattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  vendorMin: 2,
  seoTitleMax: 70,
  seoDescriptionMax: 320,
  imageAltMax: 512,
} as const;

/** Google-only rules (§5). */
export const GOOGLE_RULES = {
  colorMax: 100,
  colorEachMax: 40,
  colorsMax: 3,
  urlMax: 2000,
} as const;

/** What a target takes of a product with variants (issue 16). */
export interface VariantRules {
  /** Option names per product. */
  optionsMax: number;
  /** Variants per product. */
  variantsMax: number;
  /** Characters an option value may not hold, because the target splits values on them. */
  forbiddenInValues: readonly string[];
  /** The file has one row (item, listing) per variant whose title carries the variant's values. */
  rowPerVariant: boolean;
}

/**
 * Per target; the generic file (one row per product, for the owner's own tools) has no rules.
 * - Shopify: 3 options (§1.2, [S]; MAX_OPTIONS), 2,048 variants per product since 2025-10-15
 *   (https://shopify.dev/changelog/the-product-variant-limit-is-now-2048-for-all-merchants [V]).
 *   A comma is refused as everywhere: the app's own rule (shared/domain/variant.ts), since lists split on it.
 * - WooCommerce: attribute value lists are comma-separated (§2.2, §2.4), and a custom (global = 0)
 *   attribute keeps its values joined by "|" (WC_DELIMITER, defined as '|' in WooCommerce's
 *   class-woocommerce.php; read with the code search, not in the doc),
 *   so both are refused. No documented variation limit; the app's 3 options apply.
 * - Google, eBay, Etsy: one item or listing per variant (README "Variants"), so no count limit
 *   beyond the app's; the variant title must fit the target's title limit.
 */
export const VARIANT_RULES: Partial<Record<ExportTarget, VariantRules>> = {
  shopify: { optionsMax: 3, variantsMax: 2048, forbiddenInValues: [','], rowPerVariant: false },
  woocommerce: { optionsMax: 3, variantsMax: Number.POSITIVE_INFINITY, forbiddenInValues: [',', '|'], rowPerVariant: false },
  google: { optionsMax: 3, variantsMax: Number.POSITIVE_INFINITY, forbiddenInValues: [','], rowPerVariant: true },
  ebay: { optionsMax: 3, variantsMax: Number.POSITIVE_INFINITY, forbiddenInValues: [','], rowPerVariant: true },
  etsy: { optionsMax: 3, variantsMax: Number.POSITIVE_INFINITY, forbiddenInValues: [','], rowPerVariant: true },
};
