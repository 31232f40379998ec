/** Kept apart from the zod schemas in draft.ts so the renderer can use them without loading zod. */
export const DRAFT_STATUSES = ['new', 'draft', 'flagged', 'approved', 'exported'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/** A price as a decimal string ("15", "15.5", "15.00"); never a float. */
export const PRICE_PATTERN = /^\d{1,9}(\.\d{1,2})?$/;
