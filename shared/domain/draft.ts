import { z } from 'zod';
import { DRAFT_STATUSES, PRICE_PATTERN } from './draft-status';

export { DRAFT_STATUSES, PRICE_PATTERN, type DraftStatus } from './draft-status';
export const draftStatusSchema = z.enum(DRAFT_STATUSES);

/** The parts of a listing a flag can point at, so the editor shows it next to that field. */
export const LISTING_FIELDS = ['title', 'description', 'tags', 'attributes'] as const;
export type ListingField = (typeof LISTING_FIELDS)[number];

/**
 * Why a draft needs a person's look, e.g. { code: 'word_count', reason: 'Description has 61 words; the target is 45-55.' }.
 * Checks of one field name it, and the words at fault when there are any (flags saved before had neither).
 */
export const draftFlagSchema = z.object({
  code: z.string().min(1).max(64),
  reason: z.string().min(1).max(500),
  field: z.enum(LISTING_FIELDS).optional(),
  words: z.array(z.string().max(100)).max(20).optional(),
});
export type DraftFlag = z.infer<typeof draftFlagSchema>;

export const attributesSchema = z
  .object({
    category: z.string().max(200).optional(),
    color: z.string().max(100).optional(),
    material: z.string().max(100).optional(),
    brand: z.string().max(100).optional(),
    condition: z.string().max(50).optional(),
    /** The product's own storefront categories; each wins over the shop profile's default. */
    ebayCategoryId: z.string().regex(/^\d{1,12}$/, 'The eBay category ID is digits only, e.g. 15687').optional(),
    etsyTaxonomyId: z.string().regex(/^\d{1,12}$/, 'The Etsy taxonomy ID is digits only, e.g. 482').optional(),
    googleProductCategory: z.string().regex(/^\d{1,7}$/, 'Choose the Google product category from the list').optional(),
  })
  .catchall(z.string().max(500));
export type Attributes = z.infer<typeof attributesSchema>;

export const priceSchema = z.string().regex(PRICE_PATTERN, 'Use a number like 15 or 15.00');

/** The fields a person edits. */
export const draftFieldsSchema = z.object({
  title: z.string().max(500),
  description: z.string().max(10_000),
  tags: z.array(z.string().min(1).max(100)).max(50),
  attributes: attributesSchema,
  price: priceSchema.nullable(),
  sku: z.string().max(100).nullable(),
});
export type DraftFields = z.infer<typeof draftFieldsSchema>;

/** What the model said the photos show, written before the copy; each item is English as the prompt asks. */
export const observedFactsSchema = z.object({
  object: z.string().max(400).nullable(),
  colours: z.array(z.string().max(100)).max(20),
  materials: z.array(z.string().max(100)).max(20),
  visibleText: z.array(z.string().max(200)).max(20),
  /** The brand the model named, kept even when the app dropped it (no OCR read it), so copy that still names it is caught. */
  claimedBrand: z.string().max(200).nullable().optional(),
});
export type ObservedFacts = z.infer<typeof observedFactsSchema>;

/**
 * Where an attribute's value comes from: measured from the photo's pixels, read by the app off a
 * photo (OCR, barcode), seen by the model (and consistent with the checks), the owner's own,
 * unconfirmed (stated by the model, backed by nothing), not visible (no value), or the variants'
 * options (a product with a colour option: each variant's colour is its option value).
 */
export const ATTRIBUTE_SOURCES = ['measured', 'read', 'seen', 'owner', 'unconfirmed', 'not_visible', 'options'] as const;
export const attributeSourceSchema = z.enum(ATTRIBUTE_SOURCES);
export type AttributeSource = z.infer<typeof attributeSourceSchema>;

/** What the editor shows beside the fields: what the model saw, and each attribute's source. */
export const draftEvidenceSchema = z.object({
  observed: observedFactsSchema.nullable(),
  sources: z.record(z.string(), attributeSourceSchema),
  /** Text the app read off the photos (empty until the photos are read). */
  readText: z.string(),
});
export type DraftEvidence = z.infer<typeof draftEvidenceSchema>;

/** A claim the owner confirmed: "brand:<name>" or "claim:<words>", lower case (see shared/text/claims/claim-key.ts). */
export const confirmedClaimSchema = z.string().min(1).max(200);

export const draftSchema = draftFieldsSchema.extend({
  productId: z.number().int(),
  status: draftStatusSchema,
  flags: z.array(draftFlagSchema),
  /** What the model saw when it last wrote this draft; null when no model wrote it. */
  observed: observedFactsSchema.nullable(),
  /** Claims (brand, sizes, origins, care) the owner confirmed; their flags stay cleared. */
  confirmed: z.array(confirmedClaimSchema),
  revision: z.number().int(),
  updatedAt: z.string(),
});
export type Draft = z.infer<typeof draftSchema>;

/** 'merge': a draft brought into this product when another product was merged into it. */
export const revisionSourceSchema = z.enum(['edit', 'generate', 'restore', 'import', 'export', 'merge']);
export const revisionSummarySchema = z.object({
  revision: z.number().int(),
  source: revisionSourceSchema,
  createdAt: z.string(),
  title: z.string(),
  /** The product this revision's draft belonged to before a merge; null for the product's own. */
  mergedFrom: z.number().int().nullable(),
  /** That product's title, SKU or file-name stem ("product 12" when it has none), to name it by. */
  mergedFromName: z.string().nullable(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;
