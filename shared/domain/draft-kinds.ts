/**
 * What a product's draft is, as far as a bulk generation cares: whether writing it would replace
 * words the shop owner wrote or approved. Plain constants so the renderer can use them without zod.
 *
 * - new: no text yet (never generated, or generated and failed before any draft was saved)
 * - drafts: the model's own draft, untouched since it was written
 * - edited: the owner typed, restored or imported its text
 * - approved: approved or already exported
 */
export const DRAFT_KINDS = ['new', 'drafts', 'edited', 'approved'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** The kinds a bulk generation rewrites only when asked to, by name. */
export const REWRITE_KINDS = ['drafts', 'edited', 'approved'] as const;
export type RewriteKind = (typeof REWRITE_KINDS)[number];

export type KindCounts = Record<DraftKind, number>;

/** "4 new, 3 drafts, 2 edited, 2 approved" (kinds with none left out). */
export function describeKindCounts(counts: KindCounts): string {
  const words: Record<DraftKind, (n: number) => string> = {
    new: (n) => `${n} new`,
    drafts: (n) => `${n} model draft${n === 1 ? '' : 's'}`,
    edited: (n) => `${n} edited by you`,
    approved: (n) => `${n} approved`,
  };
  const parts = DRAFT_KINDS.filter((k) => counts[k] > 0).map((k) => words[k](counts[k]));
  return parts.length > 0 ? parts.join(', ') : 'no products';
}
