import { DEFAULT_PRODUCT_PATHS, type ShopProfile, type ShopProfileInput, type StorefrontPlatform } from '../../../shared/domain/shop-profile';

/** The Settings form's fields: plain strings, as the inputs hold them ('' = not set). */
export interface ShopProfileForm {
  platform: StorefrontPlatform | '';
  shopUrl: string;
  productUrlPattern: string;
  currency: string;
  vendor: string;
  defaultCondition: string;
  ebayCategoryId: string;
  ebaySite: string;
  etsyTaxonomyId: string;
  etsyWhoMade: string;
  etsyWhenMade: string;
  etsyIsSupply: boolean;
}

/** The form for a saved profile: its first storefront is the one the form edits. */
export function profileToForm(p: ShopProfile): ShopProfileForm {
  const platform = p.platforms[0] ?? '';
  const storefront = platform ? p.storefronts[platform] : undefined;
  return {
    platform,
    shopUrl: storefront?.shopUrl ?? '',
    productUrlPattern: storefront?.productUrlPattern ?? '',
    currency: p.currency,
    vendor: p.vendor ?? '',
    defaultCondition: p.defaultCondition ?? '',
    ebayCategoryId: p.ebay.categoryId ?? '',
    ebaySite: p.ebay.site,
    etsyTaxonomyId: p.etsy.taxonomyId ?? '',
    etsyWhoMade: p.etsy.whoMade,
    etsyWhenMade: p.etsy.whenMade,
    etsyIsSupply: p.etsy.isSupply,
  };
}

const given = (s: string) => (s.trim() === '' ? undefined : s.trim());

/**
 * The profile to save: the edited storefront first, the shop's other storefronts kept as they
 * were. Values are sent as typed; the route's schema checks them and names the field it refuses.
 */
export function formToProfile(form: ShopProfileForm, saved: ShopProfile): ShopProfileInput {
  const platform = form.platform || undefined;
  const storefronts = { ...saved.storefronts };
  if (platform) {
    const shopUrl = given(form.shopUrl);
    if (shopUrl) storefronts[platform] = { shopUrl, ...(given(form.productUrlPattern) ? { productUrlPattern: given(form.productUrlPattern) } : {}) };
    else delete storefronts[platform];
  }
  const platforms = platform ? [platform, ...saved.platforms.filter((p) => p !== platform)] : saved.platforms;
  return {
    platforms,
    storefronts,
    currency: form.currency.trim().toUpperCase(),
    ...(given(form.vendor) ? { vendor: given(form.vendor) } : {}),
    ...(given(form.defaultCondition) ? { defaultCondition: form.defaultCondition } : {}),
    ebay: { site: form.ebaySite, ...(given(form.ebayCategoryId) ? { categoryId: given(form.ebayCategoryId) } : {}) },
    etsy: { whoMade: form.etsyWhoMade, whenMade: form.etsyWhenMade.trim(), isSupply: form.etsyIsSupply, ...(given(form.etsyTaxonomyId) ? { taxonomyId: given(form.etsyTaxonomyId) } : {}) },
  } as ShopProfileInput;
}

/** The product page path shown as the pattern field's hint for a platform. */
export function defaultPathFor(platform: StorefrontPlatform | ''): string {
  return platform === 'shopify' || platform === 'woocommerce' ? DEFAULT_PRODUCT_PATHS[platform] : '/shop/{sku}';
}
