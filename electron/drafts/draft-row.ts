import type { Attributes, Draft, DraftFields, DraftFlag, DraftStatus } from '../../shared/domain/draft';

/** A drafts row as SQLite returns it: JSON columns still text. */
export interface DraftRow {
  product_id: number;
  title: string;
  description: string;
  tags: string;
  attributes: string;
  price: string | null;
  sku: string | null;
  status: DraftStatus;
  flags: string;
  revision: number;
  updated_at: string;
}

/** What a revision stores: the editable fields plus the status and flags they were saved with. */
export interface DraftSnapshot extends DraftFields {
  status: DraftStatus;
  flags: DraftFlag[];
}

export const DRAFT_COLUMNS = 'product_id, title, description, tags, attributes, price, sku, status, flags, revision, updated_at';

export function toDraft(row: DraftRow): Draft {
  return {
    productId: row.product_id,
    title: row.title,
    description: row.description,
    tags: JSON.parse(row.tags) as string[],
    attributes: JSON.parse(row.attributes) as Attributes,
    price: row.price,
    sku: row.sku,
    status: row.status,
    flags: JSON.parse(row.flags) as DraftFlag[],
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

export function toSnapshot(draft: Draft): DraftSnapshot {
  const { title, description, tags, attributes, price, sku, status, flags } = draft;
  return { title, description, tags, attributes, price, sku, status, flags };
}

/** The draft with `fields` laid over it; keys a caller left out keep their current value. */
export function mergeFields(draft: Draft, fields: Partial<DraftFields>): Draft {
  const next = { ...draft };
  for (const key of Object.keys(fields) as (keyof DraftFields)[]) {
    const value = fields[key];
    if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  return next;
}

/** True when saving `next` would store the same text, status and flags as `current`. */
export function sameContent(current: Draft, next: Draft): boolean {
  return JSON.stringify(toSnapshot(current)) === JSON.stringify(toSnapshot(next));
}
