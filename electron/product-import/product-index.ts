import type { Db } from '../db/open-database';
import { inLibrary } from '../products/in-library';

export interface IndexedDraft {
  productId: number;
  sku: string | null;
  price: string | null;
  attributes: Record<string, string>;
}

/** Every product in the library (not the Trash) with what catalog rows are matched on: its SKU and its photos' file names. */
export interface ProductIndex {
  drafts: Map<number, IndexedDraft>;
  bySku: Map<string, number[]>;
  byPhotoName: Map<string, number[]>;
}

/** "IMG_0042.JPG" and "img_0042" both find the photo imported as IMG_0042.jpg. */
export function photoKeys(fileName: string): string[] {
  const name = fileName.toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot > 0 ? [name, name.slice(0, dot)] : [name];
}

function add(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

export function loadProductIndex(db: Db): ProductIndex {
  const drafts = new Map<number, IndexedDraft>();
  const bySku = new Map<string, number[]>();
  const byPhotoName = new Map<string, number[]>();
  const rows = db
    .prepare(`SELECT p.id, d.sku, d.price, d.attributes FROM products p LEFT JOIN drafts d ON d.product_id = p.id WHERE ${inLibrary('p')}`)
    .all() as { id: number; sku: string | null; price: string | null; attributes: string | null }[];
  for (const row of rows) {
    drafts.set(row.id, { productId: row.id, sku: row.sku, price: row.price, attributes: row.attributes ? (JSON.parse(row.attributes) as Record<string, string>) : {} });
    if (row.sku?.trim()) add(bySku, row.sku.trim().toLowerCase(), row.id);
  }
  for (const photo of db.prepare(`SELECT ph.product_id, ph.original_name FROM photos ph JOIN products p ON p.id = ph.product_id WHERE ${inLibrary('p')}`).all() as { product_id: number; original_name: string }[]) {
    for (const key of photoKeys(photo.original_name)) add(byPhotoName, key, photo.product_id);
  }
  return { drafts, bySku, byPhotoName };
}
