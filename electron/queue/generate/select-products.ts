import { AppError } from '../../../shared/errors';
import { describeKindCounts, DRAFT_KINDS, type DraftKind, type KindCounts, type RewriteKind } from '../../../shared/domain/draft-kinds';
import type { DraftStatus } from '../../../shared/domain/draft-status';
import type { Db } from '../../db/open-database';
import { inLibrary } from '../../products/in-library';
import { describeProducts } from '../../products/require-products';
import { kindOfDraft } from './draft-kind';

export interface SelectionInput {
  productIds?: number[];
  all?: boolean;
  /** With `all`: the kinds of existing drafts to rewrite as well; none by default. */
  rewrite?: readonly RewriteKind[];
}

export interface GeneratePlan {
  /** What a job would write, in product order. */
  productIds: number[];
  /** Every chosen product by kind, before anything is left out. */
  counts: KindCounts;
  /** Of those, how many had failed in their last generation (they are written again). */
  failed: number;
  /** The existing drafts left as they are because no rewrite of their kind was asked for. */
  kept: KindCounts;
}

interface ProductFacts {
  id: number;
  status: DraftStatus | null;
  latest_source: string | null;
  last_failed: number;
}

/**
 * What a generation would write, from the products in the library (never the Trash or those
 * merged away). Named products (`productIds`) are all written: the owner chose them.
 * "Generate all" writes products without a draft and those whose last generation failed;
 * drafts that exist are rewritten only for the kinds named in `rewrite`, so the owner's edited
 * or approved words are never replaced by default.
 */
export function planGeneration(db: Db, input: SelectionInput): GeneratePlan {
  const facts = input.all ? readAllFacts(db) : readNamedFacts(db, namedIds(db, input.productIds));
  const rewrite = new Set<DraftKind>(input.all ? ['new', ...(input.rewrite ?? [])] : DRAFT_KINDS);
  const counts = emptyCounts();
  const kept = emptyCounts();
  const productIds: number[] = [];
  let failed = 0;
  for (const row of facts) {
    const kind = kindOfDraft({ status: row.status, latestSource: row.latest_source });
    counts[kind]++;
    // A failed last try of a model draft (or of a product with none) is written again; the
    // owner's edited or approved words stay theirs even then.
    const retry = row.last_failed === 1 && (kind === 'new' || kind === 'drafts');
    if (row.last_failed === 1) failed++;
    if (rewrite.has(kind) || retry) productIds.push(row.id);
    else kept[kind]++;
  }
  return { productIds, counts, failed, kept };
}

/** The products a job covers; refuses, with the counts, when "Generate all" would write nothing. */
export function selectProducts(db: Db, input: SelectionInput): number[] {
  const plan = planGeneration(db, input);
  if (plan.productIds.length > 0) return plan.productIds;
  const total = DRAFT_KINDS.reduce((n, k) => n + plan.counts[k], 0);
  if (total === 0) throw new AppError('invalid_input', 'This library has no products yet. Import photos first, then generate.');
  throw new AppError(
    'invalid_input',
    `Every product already has a draft (${describeKindCounts(plan.counts)}), so there is nothing new to write. To rewrite some, choose which: model drafts, edited, or approved (listing-studio generate --all --rewrite drafts,edited,approved).`,
  );
}

function namedIds(db: Db, productIds: number[] | undefined): number[] {
  const ids = [...new Set(productIds ?? [])];
  if (ids.length === 0) throw new AppError('invalid_input', 'Choose at least one product to generate.');
  const exists = db.prepare<[number], number>(`SELECT 1 FROM products p WHERE p.id = ? AND ${inLibrary('p')}`).pluck();
  const missing = ids.filter((id) => exists.get(id) === undefined);
  if (missing.length > 0) {
    throw new AppError('not_found', `${describeProducts(db, missing)} ${missing.length === 1 ? 'is' : 'are'} not in this library; refresh the product list and try again.`);
  }
  return ids;
}

// The latest revision's source, and whether the product's item in the newest generation job that
// reached it ended failed.
const FACTS_SQL = `
  SELECT p.id, d.status,
    (SELECT r.source FROM revisions r WHERE r.product_id = p.id ORDER BY r.revision DESC LIMIT 1) AS latest_source,
    COALESCE((SELECT i.state = 'failed' FROM job_items i JOIN jobs j ON j.id = i.job_id
              WHERE i.product_id = p.id AND j.kind = 'generate' AND i.state IN ('done', 'failed')
              ORDER BY i.updated_at DESC, i.id DESC LIMIT 1), 0) AS last_failed
  FROM products p LEFT JOIN drafts d ON d.product_id = p.id`;

function readAllFacts(db: Db): ProductFacts[] {
  return db.prepare<[], ProductFacts>(`${FACTS_SQL} WHERE ${inLibrary('p')} ORDER BY p.id`).all();
}

function readNamedFacts(db: Db, ids: number[]): ProductFacts[] {
  const one = db.prepare<[number], ProductFacts>(`${FACTS_SQL} WHERE p.id = ?`);
  return ids.map((id) => one.get(id)!);
}

function emptyCounts(): KindCounts {
  return { new: 0, drafts: 0, edited: 0, approved: 0 };
}
