import type { Attributes, Draft, DraftFields, DraftFlag, DraftStatus, ObservedFacts } from '../../shared/domain/draft';

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
  observed: string | null;
  confirmed: string;
  revision: number;
  updated_at: string;
}

/**
 * What a revision stores: the editable fields plus the status, flags, observed facts and owner
 * confirmations they were saved with (snapshots from before migration 009 lack the last two).
 */
export interface DraftSnapshot extends DraftFields {
  status: DraftStatus;
  flags: DraftFlag[];
  observed?: ObservedFacts | null;
  confirmed?: string[];
}

export const DRAFT_COLUMNS = 'product_id, title, description, tags, attributes, price, sku, status, flags, observed, confirmed, revision, updated_at';

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
    observed: row.observed === null ? null : (JSON.parse(row.observed) as ObservedFacts),
    confirmed: JSON.parse(row.confirmed) as string[],
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

export function toSnapshot(draft: Draft): DraftSnapshot {
  const { title, description, tags, attributes, price, sku, status, flags, observed, confirmed } = draft;
  return { title, description, tags, attributes, price, sku, status, flags, observed, confirmed };
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
