import { PRICE_PATTERN } from '../../shared/domain/draft-status';
import type { Values } from './cli-options';
import { usage } from './cli-usage';

// `drafts show|set`, `approve` and `check`: reviewing drafts from a script.

/** Flags of `drafts set`: each names one field of the draft; --attr repeats. */
export const DRAFT_SET_FLAGS = ['title', 'description', 'tags', 'price', 'sku', 'attr'] as const;

export interface DraftChanges {
  title?: string;
  description?: string;
  tags?: string[];
  /** null clears the price ("none"). */
  price?: string | null;
  sku?: string | null;
  /** Attributes to set; an empty value removes the attribute. */
  attributes?: Record<string, string>;
}

export type DraftsCommand =
  | { name: 'drafts'; action: 'show'; productId: number }
  | { name: 'drafts'; action: 'set'; productId: number; changes: DraftChanges }
  | { name: 'drafts'; action: 'confirm'; productId: number; words: string[] }
  | { name: 'approve'; productIds: number[] }
  | { name: 'check'; productIds?: number[] };

export function readDraftsCommand(rest: string[], v: Values): DraftsCommand {
  const [action, id, ...extra] = rest;
  if (action !== 'show' && action !== 'set' && action !== 'confirm') {
    throw usage('drafts needs show, set or confirm and a product ID, e.g. listing-studio drafts show 12 --json.');
  }
  if (id === undefined) throw usage(`drafts ${action} needs a product ID, e.g. listing-studio drafts ${action} 12.`);
  const productId = productIdOf(id);
  const given = DRAFT_SET_FLAGS.filter((f) => v[f] !== undefined);
  if (action === 'confirm') {
    if (given.length > 0) throw usage(`drafts confirm takes no --${given[0]}; use drafts set to change the text.`);
    if (extra.length === 0) throw usage('drafts confirm needs the words to vouch for, as the flag names them, e.g. listing-studio drafts confirm 12 Nike "12 oz".');
    return { name: 'drafts', action: 'confirm', productId, words: extra };
  }
  if (extra.length > 0) throw usage(`drafts ${action} takes one product ID (got "${extra[0]}" too).`);
  if (action === 'show') {
    if (given.length > 0) throw usage(`drafts show takes no --${given[0]}; use drafts set to change it.`);
    return { name: 'drafts', action: 'show', productId };
  }
  if (given.length === 0) throw usage(`drafts set needs at least one of --${DRAFT_SET_FLAGS.join(', --')}.`);
  return { name: 'drafts', action: 'set', productId, changes: readChanges(v) };
}

export function readApproveCommand(rest: string[]): DraftsCommand {
  if (rest.length === 0) throw usage('approve needs product IDs, e.g. listing-studio approve 3 4 7 (or 3,4,7).');
  return { name: 'approve', productIds: [...new Set(rest.flatMap((r) => r.split(',')).map((r) => productIdOf(r.trim())))] };
}

function readChanges(v: Values): DraftChanges {
  const changes: DraftChanges = {};
  if (v.title !== undefined) changes.title = v.title;
  if (v.description !== undefined) changes.description = v.description;
  if (v.tags !== undefined) changes.tags = v.tags.split(',').map((t) => t.trim()).filter(Boolean);
  if (v.price !== undefined) {
    const price = v.price.trim();
    if (price !== 'none' && !PRICE_PATTERN.test(price)) throw usage(`--price takes a number like 12.50 (or none to clear it), not "${v.price}".`);
    changes.price = price === 'none' ? null : price;
  }
  if (v.sku !== undefined) changes.sku = v.sku.trim() === 'none' || v.sku.trim() === '' ? null : v.sku.trim();
  if (v.attr !== undefined) {
    changes.attributes = {};
    for (const pair of v.attr) {
      const at = pair.indexOf('=');
      if (at <= 0) throw usage(`--attr takes key=value, e.g. --attr material=stoneware (an empty value removes it), not "${pair}".`);
      changes.attributes[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
    }
  }
  return changes;
}

function productIdOf(text: string): number {
  if (!/^[1-9]\d{0,15}$/.test(text)) throw usage(`Product IDs are whole numbers, not "${text}".`);
  return Number(text);
}
