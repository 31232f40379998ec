import path from 'node:path';
import type { Db } from '../db/open-database';
import { requireValidVariants } from '../../shared/domain/check-variants';
import type { VariantGrouping } from './find-variant-groups';
import type { ReadyPhoto } from './prepare-photo';

export interface SavedGroup {
  /** The new product, or null when every photo turned out to be in the library already. */
  productId: number | null;
  saved: { file: string; photoId: number }[];
  duplicates: { file: string; photoId: number }[];
  /** The variants saved with the product, in order (empty when it has none). */
  variants: { values: string[]; files: string[] }[];
}

/**
 * Inserts one product and its photos (positions 0…n-1 in the given order) in one transaction:
 * either the whole product lands or nothing does. A photo whose hash is already stored (another
 * import got there first) is reported as a duplicate instead. With `grouping` (variants found in
 * the names), the product also gets its option names, its SKU (the shared name, in a new 'new'
 * draft) and one variant row per value combination that still has a new photo, values from the
 * names, each photo tagged with its variant; fewer than two such variants make a plain product.
 */
export function saveProductGroup(db: Db, groupKey: string | null, photos: readonly ReadyPhoto[], grouping?: VariantGrouping): SavedGroup {
  const findPhoto = db.prepare('SELECT id FROM photos WHERE sha256 = ?');
  const insertProduct = db.prepare('INSERT INTO products (group_key, created_at, updated_at) VALUES (?, ?, ?)');
  const insertPhoto = db.prepare(
    `INSERT INTO photos (product_id, position, sha256, original_name, format, width, height, bytes, palette, palette_scene, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return db.transaction((): SavedGroup => {
    const now = new Date().toISOString();
    const duplicates: SavedGroup['duplicates'] = [];
    const fresh: ReadyPhoto[] = [];
    for (const photo of photos) {
      const existing = findPhoto.get(photo.sha256) as { id: number } | undefined;
      if (existing) duplicates.push({ file: photo.file, photoId: existing.id });
      else fresh.push(photo);
    }
    if (fresh.length === 0) return { productId: null, saved: [], duplicates, variants: [] };
    const productId = Number(insertProduct.run(groupKey, now, now).lastInsertRowid);
    const saved = fresh.map((photo, position) => {
      const result = insertPhoto.run(
        productId,
        position,
        photo.sha256,
        path.basename(photo.file),
        photo.format,
        photo.width,
        photo.height,
        photo.bytes,
        JSON.stringify(photo.palette),
        photo.paletteScene,
        now,
      );
      return { file: photo.file, photoId: Number(result.lastInsertRowid) };
    });
    const variants = grouping ? saveVariants(db, productId, grouping, saved, now) : [];
    return { productId, saved, duplicates, variants };
  }).immediate();
}

function saveVariants(db: Db, productId: number, grouping: VariantGrouping, saved: readonly { file: string; photoId: number }[], now: string): SavedGroup['variants'] {
  const photoOf = new Map(saved.map((s) => [s.file, s.photoId]));
  const kept = grouping.variants.filter((v) => v.files.some((f) => photoOf.has(f)));
  if (kept.length < 2) return [];
  requireValidVariants(grouping.sku, grouping.optionNames, kept);
  db.prepare<[string, number]>('UPDATE products SET option_names = ? WHERE id = ?').run(JSON.stringify(grouping.optionNames), productId);
  db.prepare<[number, string, string]>('INSERT INTO drafts (product_id, sku, updated_at) VALUES (?, ?, ?)').run(productId, grouping.sku, now);
  const insert = db.prepare<[number, number, string, string, string, string, string]>(
    'INSERT INTO variants (product_id, position, option_values, value_sources, sku, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const tag = db.prepare<[number, number]>('UPDATE photos SET variant_id = ? WHERE id = ?');
  return kept.map((variant, position) => {
    const sources = JSON.stringify(variant.values.map(() => 'name'));
    const variantId = Number(insert.run(productId, position, JSON.stringify(variant.values), sources, variant.sku, now, now).lastInsertRowid);
    const files = variant.files.filter((f) => photoOf.has(f));
    for (const file of files) tag.run(variantId, photoOf.get(file)!);
    return { values: variant.values, files };
  });
}
