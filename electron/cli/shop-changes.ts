import type { ShopProfile, StorefrontPlatform } from '../../shared/domain/shop-profile';
import type { ShopChanges } from './parse-cli-args';

/** Which profile field each `shop set` flag writes, so a refusal can name the flag the owner typed. */
export const FLAG_FOR_FIELD: Record<string, string> = {
  platforms: '--platforms',
  'storefronts.shopify.shopUrl': '--shopify-url',
  'storefronts.shopify.productUrlPattern': '--shopify-path',
  'storefronts.woocommerce.shopUrl': '--woocommerce-url',
  'storefronts.woocommerce.productUrlPattern': '--woocommerce-path',
  'storefronts.custom.shopUrl': '--custom-url',
  'storefronts.custom.productUrlPattern': '--custom-path',
  currency: '--currency',
  vendor: '--vendor',
  defaultCondition: '--condition',
  'ebay.categoryId': '--ebay-category',
  'ebay.site': '--ebay-site',
  'etsy.taxonomyId': '--etsy-taxonomy',
  'etsy.whoMade': '--etsy-who-made',
  'etsy.whenMade': '--etsy-when-made',
  'etsy.isSupply': '--etsy-supply',
};

/** "none" (or an empty value) clears an optional field. */
const cleared = (value: string): boolean => value.trim() === '' || value.trim().toLowerCase() === 'none';
const optional = (value: string): string | undefined => (cleared(value) ? undefined : value.trim());

/**
 * The profile with the flags applied; not yet validated (the shop.set route does that). A path
 * without a shop address keeps the address already saved for that storefront.
 */
export function applyShopChanges(profile: ShopProfile, changes: ShopChanges, isSupply: (value: string) => boolean): unknown {
  const next = structuredClone(profile) as Record<string, unknown> & ShopProfile;
  if (changes.platforms !== undefined) {
    next.platforms = cleared(changes.platforms) ? [] : (changes.platforms.split(',').map((p) => p.trim().toLowerCase()) as StorefrontPlatform[]);
  }
  for (const platform of ['shopify', 'woocommerce', 'custom'] as const) {
    const url = changes[`${platform}-url`];
    const pattern = changes[`${platform}-path`];
    if (url === undefined && pattern === undefined) continue;
    const current = next.storefronts[platform];
    if (url !== undefined && cleared(url)) {
      delete next.storefronts[platform];
      continue;
    }
    next.storefronts[platform] = {
      shopUrl: url?.trim() ?? current?.shopUrl ?? '',
      productUrlPattern: pattern === undefined ? current?.productUrlPattern : optional(pattern),
    };
    // Naming a storefront's address is saying the shop sells there.
    if (!next.platforms.includes(platform)) next.platforms = [...next.platforms, platform];
  }
  if (changes.currency !== undefined) next.currency = changes.currency.trim().toUpperCase();
  if (changes.vendor !== undefined) next.vendor = optional(changes.vendor);
  if (changes.condition !== undefined) next.defaultCondition = optional(changes.condition)?.toLowerCase() as ShopProfile['defaultCondition'];
  if (changes['ebay-category'] !== undefined) next.ebay.categoryId = optional(changes['ebay-category']);
  if (changes['ebay-site'] !== undefined) next.ebay.site = changes['ebay-site'].trim() as ShopProfile['ebay']['site'];
  if (changes['etsy-taxonomy'] !== undefined) next.etsy.taxonomyId = optional(changes['etsy-taxonomy']);
  if (changes['etsy-who-made'] !== undefined) next.etsy.whoMade = changes['etsy-who-made'].trim() as ShopProfile['etsy']['whoMade'];
  if (changes['etsy-when-made'] !== undefined) next.etsy.whenMade = changes['etsy-when-made'].trim();
  if (changes['etsy-supply'] !== undefined) next.etsy.isSupply = isSupply(changes['etsy-supply']);
  return next;
}

/** The profile as lines a shop owner reads. */
export function describeShopLines(profile: ShopProfile): string[] {
  const lines = [`Storefronts: ${profile.platforms.length ? profile.platforms.join(', ') : '(none set)'}`];
  for (const platform of ['shopify', 'woocommerce', 'custom'] as const) {
    const s = profile.storefronts[platform];
    if (s) lines.push(`  ${platform}: ${s.shopUrl}${s.productUrlPattern ? ` (product pages ${s.productUrlPattern})` : ''}`);
  }
  lines.push(`Currency: ${profile.currency}`);
  lines.push(`Vendor: ${profile.vendor ?? '(none: products name their own)'}`);
  lines.push(`Default condition: ${profile.defaultCondition ?? '(none: each product must say)'}`);
  lines.push(`eBay: site ${profile.ebay.site}, category ${profile.ebay.categoryId ?? '(none)'}`);
  lines.push(`Etsy: taxonomy ${profile.etsy.taxonomyId ?? '(none)'}, who made ${profile.etsy.whoMade}, when made ${profile.etsy.whenMade}, supply ${profile.etsy.isSupply ? 'yes' : 'no'}`);
  return lines;
}
