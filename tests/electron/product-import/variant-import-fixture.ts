import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../electron/db/open-database';
import { importPhotos } from '../../../electron/photos/import-photos';
import { applyCatalog, type ApplyCatalogRequest, type ApplyCatalogResult } from '../../../electron/product-import/apply-import';
import { previewCatalog } from '../../../electron/product-import/preview-import';
import { readProductVariants } from '../../../electron/variants/read-variants';
import type { CatalogPreview } from '../../../shared/domain/product-import';
import type { TestLibrary } from '../export/library-fixture';
import { makeProductShot } from '../photos/make-test-images';

/** Different names give different pixels, so no two photos are taken for duplicates. */
function seedOf(name: string): number {
  return [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 100_003, 7);
}

/**
 * Products as the shop makes them: real photos with these file names dropped into the library
 * through the photo import (names with a shared stem and a number, TEE-01_1.jpg and TEE-01_2.jpg,
 * become one product). Returns the product id of each file name.
 */
export async function photograph(lib: TestLibrary, names: readonly string[]): Promise<Map<string, number>> {
  const drop = path.join(path.dirname(lib.dir), 'drop');
  fs.mkdirSync(drop, { recursive: true });
  const files: string[] = [];
  for (const name of names) {
    const file = path.join(drop, name);
    fs.writeFileSync(file, await makeProductShot({ width: 160, height: 120, seed: seedOf(name) }));
    files.push(file);
  }
  const result = await importPhotos(lib.db, lib.dir, files);
  if (result.errors.length > 0) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const rows = lib.db.prepare<[], { original_name: string; product_id: number }>('SELECT original_name, product_id FROM photos').all();
  return new Map(rows.map((r) => [r.original_name, r.product_id]));
}

export function writeFile(lib: TestLibrary, name: string, text: string): string {
  const file = path.join(lib.out, name);
  fs.writeFileSync(file, text);
  return file;
}

/** Previews, then applies with the given choices, as the import screen does. */
export function importFile(db: Db, file: string, extra: Partial<ApplyCatalogRequest> = {}): { preview: CatalogPreview; applied: ApplyCatalogResult } {
  const preview = previewCatalog(db, file);
  const applied = applyCatalog(db, { path: file, fingerprint: preview.fingerprint, choices: [], ...extra });
  return { preview, applied };
}

/** A product's variants as the tests compare them. */
export function variantsOf(db: Db, productId: number) {
  const { optionNames, variants } = readProductVariants(db, productId);
  return { optionNames, variants: variants.map((v) => ({ values: v.values, sku: v.sku, price: v.price, barcode: v.barcode, quantity: v.quantity })) };
}

export function draftOf(db: Db, id: number): { sku: string | null; price: string | null; attributes: Record<string, string> } | undefined {
  const row = db.prepare<[number], { sku: string | null; price: string | null; attributes: string }>('SELECT sku, price, attributes FROM drafts WHERE product_id = ?').get(id);
  return row && { ...row, attributes: JSON.parse(row.attributes) as Record<string, string> };
}
