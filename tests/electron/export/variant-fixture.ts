import type { Db } from '../../../electron/db/open-database';
import { addProduct, fakeSha } from './library-fixture';

/** One variant row as test data. photos: positions of the product's photos that show it. */
export interface VariantSeed {
  values: string[];
  sku?: string | null;
  price?: string | null;
  barcode?: string | null;
  quantity?: string | null;
  photos?: number[];
}

/**
 * Test data only: gives a product option names and variant rows by plain SQL into migration 010's
 * schema (the variants helpers that make them for real are built beside this work), and points
 * the named photos at their variant.
 */
export function addVariants(db: Db, productId: number, optionNames: string[], variants: readonly VariantSeed[]): number[] {
  const now = '2026-01-01T00:00:00.000Z';
  db.prepare('UPDATE products SET option_names = ? WHERE id = ?').run(JSON.stringify(optionNames), productId);
  const insert = db.prepare(
    `INSERT INTO variants (product_id, position, option_values, value_sources, sku, price, barcode, quantity, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const point = db.prepare('UPDATE photos SET variant_id = ? WHERE product_id = ? AND position = ?');
  return variants.map((v, position) => {
    const id = Number(
      insert.run(productId, position, JSON.stringify(v.values), JSON.stringify(v.values.map(() => 'owner')), v.sku ?? null, v.price ?? null, v.barcode ?? null, v.quantity ?? null, now, now).lastInsertRowid,
    );
    for (const p of v.photos ?? []) point.run(id, productId, p);
    return id;
  });
}

const photo = (label: string) => ({ sha256: fakeSha(label), format: 'jpeg' });

/**
 * A tee in three colours: Red and Blue with their own SKUs (Blue with its own price, out of stock),
 * Green with none (so its SKU is built from the product's) and a barcode; one photo per colour
 * plus a shared label photo.
 */
export function addColourTee(db: Db): number {
  const id = addProduct(
    db,
    {
      title: 'Cotton Tee',
      description: 'A soft cotton tee in three colours.',
      tags: ['tee', 'cotton'],
      attributes: { category: 'Clothing > T-Shirts', material: 'Cotton', vendor: 'Northwind Goods', weightGrams: '180' },
      price: '20',
      sku: 'TEE-01',
    },
    [photo('tee-red'), photo('tee-blue'), photo('tee-green'), photo('tee-label')],
  );
  addVariants(db, id, ['Color'], [
    { values: ['Red'], sku: 'TEE-01-RED', quantity: '5', photos: [0] },
    { values: ['Blue'], sku: 'TEE-01-BLU', price: '22.5', quantity: '0', photos: [1] },
    { values: ['Green'], barcode: '4006381333931', quantity: '7', photos: [2] },
  ]);
  return id;
}

/** A hoodie by Color and Size; Black / L has no photo of its own. */
export function addHoodie(db: Db): number {
  const id = addProduct(
    db,
    {
      title: 'Fleece Hoodie',
      description: 'A warm fleece hoodie.',
      tags: ['hoodie'],
      attributes: { category: 'Clothing > Hoodies', material: 'Fleece', vendor: 'Northwind Goods' },
      price: '45',
      sku: 'HOOD-01',
    },
    [photo('hood-black'), photo('hood-grey')],
  );
  addVariants(db, id, ['Color', 'Size'], [
    { values: ['Black', 'M'], sku: 'HOOD-01-BK-M', quantity: '3', photos: [0] },
    { values: ['Black', 'L'], sku: 'HOOD-01-BK-L', quantity: '2' },
    { values: ['Grey', 'M'], sku: 'HOOD-01-GR-M', price: '49', quantity: '4', photos: [1] },
  ]);
  return id;
}
