import { z } from 'zod';
import { EXPORT_TARGETS } from './platform-limits';

export const exportTargetSchema = z.enum(EXPORT_TARGETS);

const httpUrl = z
  .string()
  .max(1000)
  .regex(/^https?:\/\/[^\s]+$/, 'Use a web address that starts with https://');

/** What the user sets per target before exporting. */
export const exportOptionsSchema = z.object({
  /** Where the user will upload the images folder; image columns stay empty without it. */
  imageBaseUrl: httpUrl.optional(),
  /** Copy the photos into an images folder next to the file. */
  copyImages: z.boolean().default(true),
  /** ISO 4217 code for Google's "15.00 USD" prices. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD').default('USD'),
  /** Shopify Status Active + published, WooCommerce Published 1; false makes them drafts there. */
  publish: z.boolean().default(true),
  /** eBay's required leaf category for every row of this file. */
  ebayCategoryId: z.string().regex(/^\d{1,10}$/, 'eBay category IDs are digits only').optional(),
  /** Etsy seller-taxonomy node id (getSellerTaxonomyNodes). */
  etsyTaxonomyId: z.string().regex(/^\d{1,10}$/, 'Etsy taxonomy IDs are digits only').optional(),
  etsyWhoMade: z.enum(['i_did', 'someone_else', 'collective']).default('i_did'),
  etsyWhenMade: z.string().min(1).max(40).default('made_to_order'),
  /** The shop's address; Google's `link` becomes <shopUrl>/products/<handle>. */
  shopUrl: httpUrl.optional(),
  /** Google product category id or path for every row. */
  googleProductCategory: z.string().max(500).optional(),
});
export type ExportOptions = z.output<typeof exportOptionsSchema>;

/** The export's two passes: the pre-flight lint, then writing the file. */
export const EXPORT_PHASES = ['lint', 'write'] as const;
export type ExportPhase = (typeof EXPORT_PHASES)[number];

export const lintIssueSchema = z.object({
  productId: z.number().int(),
  sku: z.string().nullable(),
  field: z.string(),
  code: z.enum(['missing', 'too_long', 'too_many', 'invalid_handle', 'invalid_value', 'formula', 'no_images']),
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
  notices: z.array(z.string()),
});
export type ExportResult = z.infer<typeof exportResultSchema>;
