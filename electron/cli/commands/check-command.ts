import { checkDraft, productsWithDrafts } from '../../generation/check-draft';
import { readDraft } from '../../drafts/read-draft';
import { readGenerationSettings } from '../../generation/settings-store';
import { requireProducts } from '../../products/require-products';
import type { CliContext } from '../cli-context';
import { cliProductNameOf } from '../cli-product-name';

/**
 * Runs every check again on the current drafts (all drafts in the library, or the named products)
 * and prints their flags; it saves nothing, so a script can ask as often as it likes.
 */
export async function runCheckCommand(ctx: CliContext, productIds: number[] | undefined): Promise<number> {
  const db = ctx.core.db;
  if (productIds) requireProducts(db, productIds, { inLibrary: true });
  const options = readGenerationSettings(db).options;
  const results = (productIds ?? productsWithDrafts(db)).map((productId) => ({
    productId,
    // The word count concerns the description though its flag names no field; the rest without one concern the whole draft.
    flags: checkDraft(db, readDraft(db, productId), options).map((f) => ({ code: f.code, field: f.field ?? (f.code === 'word_count' ? 'description' : null), reason: f.reason })),
  }));
  const flagged = results.filter((r) => r.flags.length > 0);
  const lines = [
    `Checked ${results.length} draft${results.length === 1 ? '' : 's'}: ${flagged.length === 0 ? 'no flags.' : `${flagged.length} with flags.`}`,
    ...flagged.flatMap((r) => [`${cliProductNameOf(db, r.productId)}:`, ...r.flags.map((f) => `  ${f.code}${f.field ? ` (${f.field})` : ''}: ${f.reason}`)]),
  ];
  ctx.out.result(results, lines);
  return 0;
}
