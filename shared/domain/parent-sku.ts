import { skuStem } from '../text/sku-stem';
import { variantLabel } from './variant';

/**
 * When a product with variants has the SKU of one of its variants (what "Make variants" leaves:
 * the first product keeps its SKU and its variant carries it too), which variant, and the SKU the
 * product could take instead (the variants' shared stem, null when they share none). Storefronts
 * that key the product on its own SKU (WooCommerce) refuse the pair; the owner's SKU is never
 * changed for them, so this is what a notice tells them. null when there is no clash. Pure.
 */
export function parentSkuClash(productSku: string | null, variants: readonly { values: readonly string[]; sku: string | null }[]): { variant: string; suggestion: string | null } | null {
  const own = productSku?.trim().toLowerCase();
  if (!own) return null;
  const twin = variants.find((v) => v.sku?.trim().toLowerCase() === own);
  if (!twin) return null;
  return { variant: variantLabel(twin.values), suggestion: skuStem(variants.flatMap((v) => (v.sku?.trim() ? [v.sku.trim()] : []))) };
}
