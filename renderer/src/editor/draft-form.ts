import type { Attributes, Draft, DraftFields } from '../../../shared/domain/draft';
import { PRICE_PATTERN } from '../../../shared/domain/draft-status';

/** The editor's text fields as typed; tags as one comma-separated line. */
export interface DraftForm {
  title: string;
  description: string;
  tags: string;
  price: string;
  sku: string;
  /** Category, colour, material… as typed; empty values are left out when saved. */
  attributes: Record<string, string>;
}

export type FormErrors = Partial<Record<keyof DraftForm, string>>;

export function draftToForm(draft: Pick<Draft, 'title' | 'description' | 'tags' | 'price' | 'sku'> & { attributes?: Attributes }): DraftForm {
  return { title: draft.title, description: draft.description, tags: draft.tags.join(', '), price: draft.price ?? '', sku: draft.sku ?? '', attributes: cleanAttributes(draft.attributes ?? {}) };
}

/** Attributes without blank values, keys trimmed: what drafts.update should store. */
export function cleanAttributes(attributes: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) {
    const k = key.trim();
    const v = (value ?? '').trim();
    if (k !== '' && v !== '') out[k] = v;
  }
  return out;
}

function sameAttributes(a: Record<string, string>, b: Record<string, string>): boolean {
  const ca = cleanAttributes(a);
  const cb = cleanAttributes(b);
  const keys = Object.keys(ca);
  return keys.length === Object.keys(cb).length && keys.every((k) => ca[k] === cb[k]);
}

/** "Linen, tote bag,, linen " → ["Linen", "tote bag"]: trimmed, blanks and repeats (any case) dropped. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    if (tag === '' || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/**
 * The fields that differ from the last save, ready for drafts.update; a field the server would
 * reject (a price like "12,50") stays out and gets a message instead, so the rest still saves.
 */
export function diffForm(saved: DraftForm, current: DraftForm): { fields: Partial<DraftFields>; errors: FormErrors } {
  const fields: Partial<DraftFields> = {};
  const errors: FormErrors = {};
  if (current.title !== saved.title) fields.title = current.title;
  if (current.description !== saved.description) fields.description = current.description;
  if (current.tags !== saved.tags) fields.tags = parseTags(current.tags);
  if (!sameAttributes(saved.attributes, current.attributes)) fields.attributes = cleanAttributes(current.attributes);
  if (current.sku !== saved.sku) fields.sku = current.sku.trim() === '' ? null : current.sku.trim();
  if (current.price !== saved.price) {
    const price = current.price.trim();
    if (price === '') fields.price = null;
    else if (PRICE_PATTERN.test(price)) fields.price = price;
    else errors.price = `Price "${price}" is not a number like 15 or 15.00.`;
  }
  return { fields, errors };
}

/** The last-saved form after a save that sent `fields` from `submitted`. */
export function applySaved(saved: DraftForm, submitted: DraftForm, fields: Partial<DraftFields>): DraftForm {
  const next = { ...saved };
  for (const key of Object.keys(fields) as (keyof DraftFields)[]) {
    if (key in next) (next as Record<string, unknown>)[key] = submitted[key as keyof DraftForm];
  }
  return next;
}
