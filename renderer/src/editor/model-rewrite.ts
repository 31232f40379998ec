import type { DraftForm } from './draft-form';

/** What the model replaced in the open editor: the owner's form before, the new one, and which fields differ. */
export interface ModelRewrite {
  mine: DraftForm;
  theirs: DraftForm;
  fields: (keyof DraftForm)[];
}

const FIELDS: (keyof DraftForm)[] = ['title', 'description', 'tags', 'attributes', 'price', 'sku'];

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The form fields whose values differ between two forms, in the editor's order. */
export function changedFields(before: DraftForm, after: DraftForm): (keyof DraftForm)[] {
  return FIELDS.filter((field) => !same(before[field], after[field]));
}

/** The rewrite, or null when the model changed nothing the owner can see. */
export function describeRewrite(mine: DraftForm, theirs: DraftForm): ModelRewrite | null {
  const fields = changedFields(mine, theirs);
  return fields.length > 0 ? { mine, theirs, fields } : null;
}

/** Whether the form still holds some of the model's new text, i.e. "keep mine" would change something. */
export function rewriteStillShown(rewrite: ModelRewrite, form: DraftForm): boolean {
  return rewrite.fields.some((field) => !same(form[field], rewrite.mine[field]));
}

/** The owner's values of the rewritten fields, as one edit. */
export function ownerValues(rewrite: ModelRewrite): Partial<DraftForm> {
  return Object.fromEntries(rewrite.fields.map((field) => [field, rewrite.mine[field]])) as Partial<DraftForm>;
}
