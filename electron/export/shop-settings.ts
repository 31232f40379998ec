import { DEFAULT_PRODUCT_PATHS, type Condition, type EbaySite, type ShopProfile, type StorefrontPlatform } from '../../shared/domain/shop-profile';
import type { ExportOptions } from '../../shared/domain/export';

/** The shop facts one export writes: the shop profile with this export's options laid over it. */
export interface ShopSettings {
  currency: string;
  vendor: string;
  /** '' when neither the profile nor the export sets one: a condition is never assumed. */
  defaultCondition: Condition | '';
  /** Full product-page URL with {handle}/{sku}; '' when the shop's address or page pattern is unknown. */
  productUrlTemplate: string;
  /** Why productUrlTemplate is '', in the owner's words. */
  productUrlProblem: string;
  ebayCategoryId: string;
  ebaySite: EbaySite;
  etsyTaxonomyId: string;
  etsyWhoMade: string;
  etsyWhenMade: string;
  etsyIsSupply: boolean;
  googleProductCategory: string;
}

export function resolveShopSettings(profile: ShopProfile, options: ExportOptions): ShopSettings {
  const link = resolveProductUrl(profile, options);
  return {
    currency: options.currency ?? profile.currency,
    vendor: options.vendor ?? profile.vendor ?? '',
    defaultCondition: options.condition ?? profile.defaultCondition ?? '',
    productUrlTemplate: link.template,
    productUrlProblem: link.problem,
    ebayCategoryId: options.ebayCategoryId ?? profile.ebay.categoryId ?? '',
    ebaySite: options.ebaySite ?? profile.ebay.site,
    etsyTaxonomyId: options.etsyTaxonomyId ?? profile.etsy.taxonomyId ?? '',
    etsyWhoMade: options.etsyWhoMade ?? profile.etsy.whoMade,
    etsyWhenMade: options.etsyWhenMade ?? profile.etsy.whenMade,
    etsyIsSupply: options.etsyIsSupply ?? profile.etsy.isSupply,
    googleProductCategory: options.googleProductCategory ?? '',
  };
}

const SET_SHOP = 'set the shop address in the export dialog’s shop profile, or with `listing-studio shop set --shopify-url https://…` (--woocommerce-url, --custom-url for other storefronts)';

/**
 * The storefront Google's `link` points at: the export's choice, else the profile's first platform,
 * else its only configured one. Its page path is the export's pattern, else the one saved for that
 * storefront, else the platform's own (Shopify /products/, WooCommerce /product/); a custom site has none.
 */
function resolveProductUrl(profile: ShopProfile, options: ExportOptions): { template: string; problem: string } {
  const configured = (Object.keys(profile.storefronts) as StorefrontPlatform[]).filter((p) => profile.storefronts[p]);
  const platform = options.storefront ?? profile.platforms[0] ?? (configured.length === 1 ? configured[0] : undefined);
  const saved = platform ? profile.storefronts[platform] : undefined;
  const pattern = options.productUrlPattern ?? saved?.productUrlPattern ?? (platform && platform !== 'custom' ? DEFAULT_PRODUCT_PATHS[platform] : undefined);
  if (pattern && /^https?:\/\//.test(pattern)) return { template: pattern, problem: '' };
  const shopUrl = options.shopUrl ?? saved?.shopUrl;
  if (!shopUrl) return { template: '', problem: `the shop's web address is not set; ${SET_SHOP}` };
  if (!pattern) {
    return {
      template: '',
      problem: platform === 'custom'
        ? 'the custom storefront has no product page pattern; set one such as /shop/{handle} in the shop profile, or with `listing-studio shop set --custom-path /shop/{handle}`'
        : 'it is not known which storefront the product pages are on (Shopify uses /products/, WooCommerce /product/); choose it in the export dialog’s shop profile, or pass --storefront shopify, woocommerce or custom',
    };
  }
  return { template: `${shopUrl.replace(/\/+$/, '')}/${pattern.replace(/^\/+/, '')}`, problem: '' };
}

/** The product page of one listing; {sku} is URL-encoded since SKUs may hold spaces or slashes. */
export function productUrl(template: string, handle: string, sku: string | null): string {
  if (!template) return '';
  if (template.includes('{sku}') && !sku?.trim()) return '';
  return template.replaceAll('{handle}', handle).replaceAll('{sku}', encodeURIComponent(sku?.trim() ?? ''));
}
