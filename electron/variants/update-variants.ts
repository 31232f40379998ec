import { AppError } from '../../shared/errors';
import type { OptionValueSource, ProductVariants, Variant, VariantFields } from '../../shared/domain/variant';
import type { Db } from '../db/open-database';
import { productLabel } from '../drafts/product-label';
import { requireProducts } from '../products/require-products';
import { requireValidVariants } from '../../shared/domain/check-variants';
import { readProductVariants } from './read-variants';

export type VariantUpdate = VariantFields & { id: number };

/**
 * Saves a product's option names and every one of its variants at once, in the order given (the
 * order becomes the variants' positions). Checked together first (checkVariants); any problem
 * refuses the whole save, so nothing is written half. A value the owner changed becomes the
 * owner's ('owner'); a value left as it was keeps where it came from (file name, measured colour,
 * product file), matched by option name so that renaming or reordering options does not pass a
 * value off as measured. Only variants that changed get a new updated time; the product's is
 * touched when anything changed.
 */
export function updateVariants(db: Db, productId: number, optionNames: readonly string[], updates: readonly VariantUpdate[]): ProductVariants {
  return db
    .transaction(() => {
      requireProducts(db, [productId], { inLibrary: true });
      const current = readProductVariants(db, productId);
      const name = productLabel(db, productId);
      requireSameVariants(name, current.variants, updates);
      const names = optionNames.map((n) => n.trim());
      const fields = updates.map((u) => ({ ...u, values: u.values.map((v) => v.trim()), sku: blankToNull(u.sku), barcode: blankToNull(u.barcode) }));
      requireValidVariants(name, names, fields);

      const now = new Date().toISOString();
      const byId = new Map(current.variants.map((v) => [v.id, v]));
      const write = db.prepare<[number, string, string, string | null, string | null, string | null, string | null, string, number]>(
        'UPDATE variants SET position = ?, option_values = ?, value_sources = ?, sku = ?, price = ?, barcode = ?, quantity = ?, updated_at = ? WHERE id = ?',
      );
      let changed = JSON.stringify(names) !== JSON.stringify(current.optionNames);
      fields.forEach((update, position) => {
        const before = byId.get(update.id)!;
        const sources = update.values.map((value, i) => sourceOf(value, names[i]!, before, current.optionNames));
        const row = [position, JSON.stringify(update.values), JSON.stringify(sources), update.sku, update.price, update.barcode, update.quantity] as const;
        const old = [before.position, JSON.stringify(before.values), JSON.stringify(before.valueSources), before.sku, before.price, before.barcode, before.quantity];
        if (row.every((x, i) => x === old[i])) return;
        changed = true;
        write.run(...row, now, update.id);
      });
      if (changed) {
        db.prepare<[string, string, number]>('UPDATE products SET option_names = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(names), now, productId);
      }
      return readProductVariants(db, productId);
    })
    .immediate();
}

/** The update must name each of the product's variants once, and no other. */
function requireSameVariants(name: string, existing: readonly Variant[], updates: readonly VariantUpdate[]): void {
  const ids = new Set(existing.map((v) => v.id));
  const given = updates.map((u) => u.id);
  const foreign = given.filter((id) => !ids.has(id));
  const missing = [...ids].filter((id) => !given.includes(id));
  const twice = given.filter((id, i) => given.indexOf(id) !== i);
  if (foreign.length + missing.length + twice.length === 0) return;
  throw new AppError(
    'conflict',
    `The variants of ${name} changed since they were opened (another window, a split or an import). Reopen the product and make the change again; nothing was saved.`,
  );
}

/** Kept where the option and its value are as they were; otherwise the owner typed it. */
function sourceOf(value: string, optionName: string, before: Variant, namesBefore: readonly string[]): OptionValueSource {
  const i = namesBefore.findIndex((n) => n.toLowerCase() === optionName.toLowerCase());
  if (i < 0 || before.values[i] !== value) return 'owner';
  return before.valueSources[i] ?? 'owner';
}

function blankToNull(text: string | null): string | null {
  const t = text?.trim() ?? '';
  return t === '' ? null : t;
}
