import { z } from 'zod';
import { draftStatusSchema, type DraftStatus } from './draft';

/** What a merge needs to know about one product's draft to decide what becomes of it. */
export interface MergeDraftFacts {
  productId: number;
  title: string;
  /** How messages name the product: title, SKU or file-name stem, else "product 12" (productLabel). */
  name: string;
  status: DraftStatus;
  /** Saved revisions; 0 for a draft nobody has written yet. */
  revision: number;
  /** Any title, description, tag, attribute, price or SKU. */
  hasText: boolean;
}

/**
 * - `stays-current`: the merged product keeps this draft (the target's, when it holds work).
 * - `becomes-current`: the target's draft was empty, so this one becomes the merged product's draft.
 * - `kept-in-history`: saved as a revision of the merged product, restorable from its History.
 * - `nothing-to-keep`: an empty draft nobody wrote; it is set aside.
 * Every product merged away stays in the library, hidden, until the merge is undone.
 */
export const draftOutcomeSchema = z.enum(['stays-current', 'becomes-current', 'kept-in-history', 'nothing-to-keep']);
export type DraftOutcome = z.infer<typeof draftOutcomeSchema>;

export const mergePlanEntrySchema = z.object({
  productId: z.number().int(),
  title: z.string(),
  name: z.string(),
  status: draftStatusSchema,
  revision: z.number().int(),
  outcome: draftOutcomeSchema,
});
export type MergePlanEntry = z.infer<typeof mergePlanEntrySchema>;

export function holdsWork(draft: MergeDraftFacts): boolean {
  return draft.revision > 0 || draft.hasText;
}

/**
 * What becomes of each draft when `sources` merge into `target`, target first. No draft that holds
 * work is dropped: the target's stays, or, when it is empty, the first source with work takes its
 * place; every other source with work goes into the merged product's history.
 */
export function planMerge(target: MergeDraftFacts, sources: readonly MergeDraftFacts[]): MergePlanEntry[] {
  const adopted = holdsWork(target) ? undefined : sources.find(holdsWork);
  const entry = (d: MergeDraftFacts, outcome: DraftOutcome): MergePlanEntry => ({ productId: d.productId, title: d.title, name: d.name, status: d.status, revision: d.revision, outcome });
  return [
    entry(target, adopted ? 'nothing-to-keep' : 'stays-current'),
    ...sources.map((s) => entry(s, s === adopted ? 'becomes-current' : holdsWork(s) ? 'kept-in-history' : 'nothing-to-keep')),
  ];
}
