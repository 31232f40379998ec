import { ATTRIBUTE_KEYS } from '../../shared/domain/attributes';
import type { PaletteEntry, PhotoScene } from '../../shared/domain/product';
import type { ProductVariants } from '../../shared/domain/variant';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { productStemOf } from '../photos/group-by-stem';
import { mergeProducts } from '../products/merge-products';
import { productLabel } from '../drafts/product-label';
import { requireProducts } from '../products/require-products';
import { variantsSnapshot } from '../products/variants-snapshot';
import { requireValidVariants } from '../../shared/domain/check-variants';
import { proposeOptions, type VariantSource } from './propose-options';
import { readProductVariants } from './read-variants';

/** Shopify's most variants per product (storefront-formats §1.2), the most any target takes. */
export const MAX_VARIANTS = 2048;

export interface MadeVariants {
  productId: number;
  /** products.unmerge with it undoes everything, variants included. */
  mergeId: number;
  variants: ProductVariants;
}

interface ProductFacts {
  id: number;
  label: string;
  /** The draft's SKU; for a product never opened, the stem the grid shows as its SKU (see ensureDraftRows). */
  sku: string | null;
  skuFromStem: boolean;
  price: string | null;
  attributes: Record<string, unknown>;
  stem: string | null;
  title: string;
  photos: { id: number; variantId: number | null; palette: PaletteEntry[]; scene: PhotoScene | null }[];
}

/**
 * "Make variants of one product": the first product becomes the group (it keeps its draft, as the
 * target of a merge does) and every product given becomes one variant of it, with its own photos,
 * SKU, price, barcode and stock carried over from its draft. Option names and values are proposed
 * from the names and measured colours (proposeOptions). A first product that has variants already
 * keeps them and its option names; the others join as new variants. One transaction; undone by
 * products.unmerge, which restores the option names and removes the variants made here.
 */
export function makeVariants(db: Db, productIds: readonly number[]): MadeVariants {
  const [first, ...rest] = [...new Set(productIds)];
  if (first === undefined || rest.length === 0) {
    throw new AppError('invalid_input', 'Choose at least two products to make variants of one product; the first one chosen becomes the product.');
  }
  return db
    .transaction((): MadeVariants => {
      requireProducts(db, [first, ...rest], { inLibrary: true });
      const facts = [first, ...rest].map((id) => readFacts(db, id));
      const existing = readProductVariants(db, first);
      const withVariants = facts.slice(1).filter((f) => countVariants(db, f.id) > 0);
      if (withVariants.length > 0) {
        const names = withVariants.map((f) => `"${f.label}"`).join(', ');
        throw new AppError(
          'invalid_input',
          `${names} ${withVariants.length === 1 ? 'has' : 'have'} variants of ${withVariants.length === 1 ? 'its' : 'their'} own. Choose it first to add the others to it, or split its variants out first; nothing was changed.`,
        );
      }
      const joining = existing.variants.length > 0 ? facts.slice(1) : facts;
      if (existing.variants.length + joining.length > MAX_VARIANTS) {
        throw new AppError('invalid_input', `"${facts[0]!.label}" would have ${existing.variants.length + joining.length} variants; storefronts take at most ${MAX_VARIANTS}. Choose fewer products.`);
      }
      requireDistinctSkus(joining, existing.variants.map((v) => v.sku));

      const proposal = propose(db, existing, joining);
      const optionNames = existing.variants.length > 0 ? existing.optionNames : proposal.optionNames;
      const label = facts[0]!.label;
      const newVariants = joining.map((f, i) => ({ values: proposal.variants[i]!.values, sources: proposal.variants[i]!.sources, sku: f.sku, facts: f }));
      requireValidVariants(label, optionNames, [...existing.variants, ...newVariants]);

      const { mergeId } = mergeProducts(db, first, rest, { keepOptionNames: true });
      const now = new Date().toISOString();
      db.prepare<[string, number]>('UPDATE products SET option_names = ? WHERE id = ?').run(JSON.stringify(optionNames), first);
      const insert = db.prepare<[number, number, string, string, string | null, string | null, string | null, string | null, number, string, string]>(
        `INSERT INTO variants (product_id, position, option_values, value_sources, sku, price, barcode, quantity, merge_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const tag = db.prepare<[number, number]>('UPDATE photos SET variant_id = ? WHERE id = ?');
      newVariants.forEach((v, i) => {
        const { facts: f } = v;
        const variantId = Number(
          insert.run(first, existing.variants.length + i, JSON.stringify(v.values), JSON.stringify(v.sources), f.sku, f.price, textOf(f.attributes[ATTRIBUTE_KEYS.barcode]), quantityOf(f.attributes[ATTRIBUTE_KEYS.quantity]), mergeId, now, now)
            .lastInsertRowid,
        );
        for (const photo of f.photos) if (photo.variantId === null) tag.run(variantId, photo.id);
      });
      db.prepare<[string, number]>('UPDATE merges SET variants_after = ? WHERE id = ?').run(variantsSnapshot(db, first), mergeId);
      return { productId: first, mergeId, variants: readProductVariants(db, first) };
    })
    .immediate();
}

function readFacts(db: Db, id: number): ProductFacts {
  const draft = db.prepare<[number], { sku: string | null; price: string | null; attributes: string; title: string }>('SELECT sku, price, attributes, title FROM drafts WHERE product_id = ?').get(id);
  const photos = db
    .prepare<[number], { id: number; variant_id: number | null; original_name: string; palette: string; palette_scene: PhotoScene | null }>(
      'SELECT id, variant_id, original_name, palette, palette_scene FROM photos WHERE product_id = ? ORDER BY position',
    )
    .all(id);
  const stem = photos[0] ? productStemOf(photos[0].original_name) : null;
  return {
    id,
    label: productLabel(db, id),
    sku: draft ? draft.sku?.trim() || null : stem,
    skuFromStem: !draft && stem !== null,
    price: draft?.price ?? null,
    attributes: draft ? (JSON.parse(draft.attributes) as Record<string, unknown>) : {},
    stem,
    title: draft?.title.trim() ?? '',
    photos: photos.map((p) => ({ id: p.id, variantId: p.variant_id, palette: JSON.parse(p.palette) as PaletteEntry[], scene: p.palette_scene })),
  };
}

function countVariants(db: Db, productId: number): number {
  return db.prepare<[number], number>('SELECT count(*) FROM variants WHERE product_id = ?').pluck().get(productId)!;
}

/** Proposes values for the joining products; a product with variants keeps its names and values. */
function propose(db: Db, existing: ProductVariants, joining: readonly ProductFacts[]) {
  const toSource = (f: ProductFacts): VariantSource => ({ name: f.sku ?? f.stem, title: f.title || null, photos: f.photos });
  if (existing.variants.length === 0) return proposeOptions(joining.map(toSource));
  const palettes = db.prepare<[number], { palette: string; palette_scene: PhotoScene | null }>('SELECT palette, palette_scene FROM photos WHERE variant_id = ?');
  const current: VariantSource[] = existing.variants.map((v) => ({
    name: v.sku,
    photos: palettes.all(v.id).map((p) => ({ palette: JSON.parse(p.palette) as PaletteEntry[], scene: p.palette_scene })),
  }));
  const proposed = proposeOptions([...current, ...joining.map(toSource)], { optionNames: existing.optionNames, taken: existing.variants.map((v) => v.values) });
  return { optionNames: proposed.optionNames, variants: proposed.variants.slice(current.length) };
}

/**
 * Two products with one SKU would make two variants with one SKU: say which, before anything
 * moves. A SKU only read off a file name that repeats another is left out instead (the owner
 * never typed it).
 */
function requireDistinctSkus(joining: ProductFacts[], taken: readonly (string | null)[]): void {
  const seen = new Map<string, string>(taken.flatMap((sku) => (sku ? [[sku.toLowerCase(), 'one of its variants'] as [string, string]] : [])));
  for (const f of [...joining.filter((j) => !j.skuFromStem), ...joining.filter((j) => j.skuFromStem)]) {
    if (f.sku === null) continue;
    const other = seen.get(f.sku.toLowerCase());
    if (other !== undefined && f.skuFromStem) {
      f.sku = null;
      continue;
    }
    if (other !== undefined) {
      throw new AppError('invalid_input', `"${f.label}" and ${other.startsWith('one of') ? other : `"${other}"`} both have the SKU "${f.sku}"; each variant needs its own SKU. Change one of them, then make the variants again; nothing was changed.`);
    }
    seen.set(f.sku.toLowerCase(), f.label);
  }
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function quantityOf(value: unknown): string | null {
  const text = typeof value === 'number' ? String(value) : textOf(value);
  return text !== null && /^\d{1,9}$/.test(text) ? text : null;
}
