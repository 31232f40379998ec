import { z } from 'zod';
import { draftEvidenceSchema, draftFieldsSchema, draftSchema, draftStatusSchema, revisionSummarySchema } from '../../domain/draft';
import { defineRoute } from '../define';

const productId = z.number().int().positive();

export const draftsRoutes = {
  'drafts.get': defineRoute({
    input: z.object({ productId }),
    output: draftSchema,
  }),
  /**
   * Saves some fields as one new revision. `baseRevision` guards against a stale editor
   * overwriting a newer save (a 'conflict' error).
   */
  'drafts.update': defineRoute({
    input: z.object({ productId, baseRevision: z.number().int().min(0).optional(), fields: draftFieldsSchema.partial() }),
    output: draftSchema,
  }),
  'drafts.revisions': defineRoute({
    input: z.object({ productId }),
    output: z.array(revisionSummarySchema),
  }),
  /** Restoring is itself a save: it adds a revision with the old content. */
  'drafts.restore': defineRoute({
    input: z.object({ productId, revision: z.number().int().min(1) }),
    output: draftSchema,
  }),
  /**
   * Rewrites one field with the model chosen in Settings, from the photos and the other fields,
   * as one new revision. Price and SKU are refused ('invalid_input'); `baseRevision` as for update.
   */
  'drafts.regenerateField': defineRoute({
    input: z.object({ productId, field: z.enum(['title', 'description', 'tags', 'attributes', 'price', 'sku']), baseRevision: z.number().int().min(0).optional() }),
    output: draftSchema,
  }),
  /**
   * Undoes a rewrite by the model in one step: when the latest revision is a generated one, the
   * version before it comes back whole (text, status and flags), so an approved draft that a
   * bulk rewrite replaced is approved again. A 'conflict' when the latest version is not the model's.
   */
  'drafts.putBack': defineRoute({
    input: z.object({ productId }),
    output: draftSchema,
  }),
  /** What the model saw when it wrote the draft, and where each attribute's value comes from. */
  'drafts.evidence': defineRoute({
    input: z.object({ productId }),
    output: draftEvidenceSchema,
  }),
  /**
   * The owner vouches for words an `unverified_claim` flag names (a brand, "12 oz", "Made in
   * Portugal"): kept with the draft as one new revision, so those words are no longer flagged.
   */
  'drafts.confirm': defineRoute({
    input: z.object({ productId, words: z.array(z.string().min(1).max(100)).min(1).max(20) }),
    output: draftSchema,
  }),
  'drafts.setStatus': defineRoute({
    input: z.object({ productIds: z.array(productId).min(1).max(100_000), status: draftStatusSchema.exclude(['exported']) }),
    /** `missing`: ids that are no longer products (deleted or merged meanwhile); the rest were updated. */
    output: z.object({ updated: z.number().int(), missing: z.array(productId) }),
  }),
};

export const draftsEvents = {};
