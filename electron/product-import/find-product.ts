import { photoKeys, type ProductIndex } from './product-index';

export interface Found {
  productId: number | null;
  matchedBy: 'sku' | 'photo' | null;
  problems: string[];
}

/** The product a row names by SKU, else by photo file name; ambiguity is a problem, not a guess. */
export function findProduct(sku: string, photo: string, index: ProductIndex): Found {
  const problems: string[] = [];
  if (sku) {
    const ids = index.bySku.get(sku.toLowerCase()) ?? [];
    if (ids.length === 1) return { productId: ids[0]!, matchedBy: 'sku', problems };
    if (ids.length > 1) problems.push(`SKU ${sku} is on ${ids.length} products (${ids.join(', ')}); give each its own SKU first.`);
  }
  if (photo) {
    const ids = photoKeys(photo).map((k) => index.byPhotoName.get(k) ?? []).find((found) => found.length > 0) ?? [];
    if (ids.length === 1) return { productId: ids[0]!, matchedBy: 'photo', problems };
    if (ids.length > 1) problems.push(`Photo ${photo} is in ${ids.length} products (${ids.join(', ')}).`);
  }
  if (problems.length === 0) {
    problems.push(sku || photo ? `No product has ${[sku && `SKU ${sku}`, photo && `a photo named ${photo}`].filter(Boolean).join(' or ')}.` : 'The row has no SKU or photo file name to match.');
  }
  return { productId: null, matchedBy: null, problems };
}

/**
 * The product of a Shopify product with variants: its first row's SKU may be a variant's SKU in the
 * library (the app writes the first variant's SKU there), and any of its rows' SKUs may be.
 */
export function findVariantProduct(skus: readonly string[], photo: string, index: ProductIndex): Found {
  const [first = '', ...rest] = skus;
  const firstVariant = first ? index.byVariantSku.get(first.toLowerCase()) ?? [] : [];
  if (first && !index.bySku.has(first.toLowerCase()) && firstVariant.length === 1) return { productId: firstVariant[0]!, matchedBy: 'sku', problems: [] };
  const found = findProduct(first, photo, index);
  if (found.productId !== null) return found;
  for (const sku of rest) {
    const ids = sku ? index.byVariantSku.get(sku.toLowerCase()) ?? [] : [];
    if (ids.length === 1) return { productId: ids[0]!, matchedBy: 'sku', problems: [] };
  }
  return found;
}
