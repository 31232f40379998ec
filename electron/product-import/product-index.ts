import type { Db } from '../db/open-database';
import type { OptionValueSource } from '../../shared/domain/variant';
import { inLibrary } from '../products/in-library';
import { productStemOf } from '../photos/group-by-stem';
import { PRODUCT_LABEL_SQL } from '../drafts/product-label';

export interface IndexedDraft {
  productId: number;
  sku: string | null;
  price: string | null;
  attributes: Record<string, string>;
}

/** A variant as variant rows are matched against it. */
export interface IndexedVariant {
  id: number;
  values: string[];
  sources: OptionValueSource[];
  sku: string | null;
  price: string | null;
  barcode: string | null;
  quantity: string | null;
}

/** A product photo as a variant row's image is matched against it. */
export interface IndexedPhoto {
  id: number;
  keys: string[];
  variantId: number | null;
}

/** Every product in the library (not the Trash) with what catalog rows are matched on: its SKU and its photos' file names. */
export interface ProductIndex {
  drafts: Map<number, IndexedDraft>;
  bySku: Map<string, number[]>;
  byPhotoName: Map<string, number[]>;
  /** How messages name each product (product-label.ts). */
  labels: Map<number, string>;
  optionNames: Map<number, string[]>;
  variants: Map<number, IndexedVariant[]>;
  /** Lower-cased variant SKU → the products whose variants carry it. */
  byVariantSku: Map<string, number[]>;
  photos: Map<number, IndexedPhoto[]>;
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

function push<T>(map: Map<number, T[]>, key: number, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

export function loadProductIndex(db: Db): ProductIndex {
  const drafts = new Map<number, IndexedDraft>();
  const bySku = new Map<string, number[]>();
  const byPhotoName = new Map<string, number[]>();
  const labels = new Map<number, string>();
  const optionNames = new Map<number, string[]>();
  const rows = db
    .prepare(`SELECT p.id, d.sku, d.price, d.attributes, p.option_names, ${PRODUCT_LABEL_SQL} AS label FROM products p LEFT JOIN drafts d ON d.product_id = p.id WHERE ${inLibrary('p')}`)
    .all() as { id: number; sku: string | null; price: string | null; attributes: string | null; option_names: string; label: string }[];
  for (const row of rows) {
    drafts.set(row.id, { productId: row.id, sku: row.sku, price: row.price, attributes: row.attributes ? (JSON.parse(row.attributes) as Record<string, string>) : {} });
    if (row.sku?.trim()) add(bySku, row.sku.trim().toLowerCase(), row.id);
    labels.set(row.id, row.label);
    optionNames.set(row.id, JSON.parse(row.option_names) as string[]);
  }
  const photos = new Map<number, IndexedPhoto[]>();
  for (const photo of db
    .prepare(`SELECT ph.id, ph.product_id, ph.original_name, ph.variant_id FROM photos ph JOIN products p ON p.id = ph.product_id WHERE ${inLibrary('p')} ORDER BY ph.product_id, ph.position`)
    .all() as { id: number; product_id: number; original_name: string; variant_id: number | null }[]) {
    const keys = photoKeys(photo.original_name);
    for (const key of keys) add(byPhotoName, key, photo.product_id);
    push(photos, photo.product_id, { id: photo.id, keys, variantId: photo.variant_id });
    // A product without a draft yet goes by its first photo's name, as the product grid shows it (list-products.ts).
    if (labels.get(photo.product_id) === `product ${photo.product_id}`) labels.set(photo.product_id, productStemOf(photo.original_name) ?? labels.get(photo.product_id)!);
  }
  const variants = new Map<number, IndexedVariant[]>();
  const byVariantSku = new Map<string, number[]>();
  for (const v of db
    .prepare(`SELECT v.id, v.product_id, v.option_values, v.value_sources, v.sku, v.price, v.barcode, v.quantity FROM variants v JOIN products p ON p.id = v.product_id WHERE ${inLibrary('p')} ORDER BY v.product_id, v.position, v.id`)
    .all() as { id: number; product_id: number; option_values: string; value_sources: string; sku: string | null; price: string | null; barcode: string | null; quantity: string | null }[]) {
    push(variants, v.product_id, {
      id: v.id,
      values: JSON.parse(v.option_values) as string[],
      sources: JSON.parse(v.value_sources) as OptionValueSource[],
      sku: v.sku,
      price: v.price,
      barcode: v.barcode,
      quantity: v.quantity,
    });
    if (v.sku?.trim()) add(byVariantSku, v.sku.trim().toLowerCase(), v.product_id);
  }
  return { drafts, bySku, byPhotoName, labels, optionNames, variants, byVariantSku, photos };
}
