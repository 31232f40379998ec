import { z } from 'zod';
import { EXPORT_TARGETS } from './platform-limits';
import { CONDITIONS, currencySchema, digitsIdSchema, EBAY_SITE_IDS, ETSY_WHO_MADE, productUrlPatternSchema, STOREFRONT_PLATFORMS } from './shop-profile';

export const exportTargetSchema = z.enum(EXPORT_TARGETS);

const httpUrl = z
  .string()
  .max(1000)
  .regex(/^https?:\/\/[^\s]+$/, 'Use a web address that starts with https://');

/**
 * What the user sets for one export. Shop facts (currency, storefront address, eBay and Etsy
 * defaults, default condition) come from the shop profile; each one given here overrides it for
 * this export only. A product's own eBay category, Etsy taxonomy, Google category and condition
 * (its attributes) win over both.
 */
export const exportOptionsSchema = z.object({
  /** Where the user will upload the images folder; image columns stay empty without it. */
  imageBaseUrl: httpUrl.optional(),
  /** Copy the photos into an images folder next to the file. */
  copyImages: z.boolean().default(true),
  /** ISO 4217 code for Google's "15.00 USD" prices. */
  currency: currencySchema.optional(),
  /** Shopify Status Active + published, WooCommerce Published 1; false makes them drafts there. */
  publish: z.boolean().default(true),
  /** eBay's required leaf category for products that name none. */
  ebayCategoryId: digitsIdSchema('The eBay category ID').optional(),
  ebaySite: z.enum(EBAY_SITE_IDS).optional(),
  /** Etsy seller-taxonomy node id (getSellerTaxonomyNodes) for products that name none. */
  etsyTaxonomyId: digitsIdSchema('The Etsy taxonomy ID').optional(),
  etsyWhoMade: z.enum(ETSY_WHO_MADE).optional(),
  etsyWhenMade: z.string().min(1).max(40).optional(),
  etsyIsSupply: z.boolean().optional(),
  /** Which of the shop's storefronts Google's `link` points at. */
  storefront: z.enum(STOREFRONT_PLATFORMS).optional(),
  /** The shop's address, e.g. https://shop.example.com. */
  shopUrl: httpUrl.optional(),
  /** The product page path or URL with {handle} or {sku}, e.g. /product/{handle}. */
  productUrlPattern: productUrlPatternSchema.optional(),
  /** Vendor/brand for products that name none. */
  vendor: z.string().trim().min(1).max(100).optional(),
  /** Condition for products that name none. */
  condition: z.enum(CONDITIONS).optional(),
  /** Google product category id for products that name none. */
  googleProductCategory: z.string().regex(/^\d{1,6}$/, 'Use a Google product category ID such as 212').optional(),
});
export type ExportOptions = z.output<typeof exportOptionsSchema>;

/** Which drafts an export takes when no products are named. */
export const EXPORT_STATUSES = ['approved', 'draft', 'flagged', 'all'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** The export's two passes: the pre-flight lint, then writing the file. */
export const EXPORT_PHASES = ['lint', 'write'] as const;
export type ExportPhase = (typeof EXPORT_PHASES)[number];

export const lintIssueSchema = z.object({
  productId: z.number().int(),
  sku: z.string().nullable(),
  field: z.string(),
  /** 'unresolved_flag': a check's flag (colour, claim, word count…) still on the draft. */
  code: z.enum(['missing', 'too_long', 'too_many', 'invalid_handle', 'invalid_value', 'formula', 'no_images', 'unresolved_flag']),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});
export type LintIssue = z.infer<typeof lintIssueSchema>;

export const lintReportSchema = z.object({
  target: exportTargetSchema,
  checked: z.number().int(),
  /** Products with at least one error: what 'skip' leaves out. */
  failingProductIds: z.array(z.number().int()),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  /** The first issues found (capped so a 100,000-product report stays small); counts are complete. */
  issues: z.array(lintIssueSchema),
  issuesTruncated: z.boolean(),
  /** File-wide notes, e.g. that image columns stay empty without a base URL. */
  notices: z.array(z.string()),
  /** Drafts the selection did not take, by reason, e.g. { reason: 'already exported to Shopify', count: 3 }. */
  leftOut: z.array(z.object({ reason: z.string(), count: z.number().int() })),
});
export type LintReport = z.infer<typeof lintReportSchema>;

export const exportResultSchema = z.object({
  status: z.enum(['written', 'aborted']),
  lint: lintReportSchema,
  file: z.string().nullable(),
  imagesDir: z.string().nullable(),
  rowsWritten: z.number().int(),
  exportedProductIds: z.array(z.number().int()),
  skippedProductIds: z.array(z.number().int()),
  imagesCopied: z.number().int(),
  /** A file that was already at `file`, kept beside it under an "(earlier …)" name; null when there was none. */
  keptPrevious: z.string().nullable(),
  notices: z.array(z.string()),
});
export type ExportResult = z.infer<typeof exportResultSchema>;
