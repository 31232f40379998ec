import { z } from 'zod';

/** Where a shop's product pages can live; `custom` is any site with its own URL template. */
export const STOREFRONT_PLATFORMS = ['shopify', 'woocommerce', 'custom'] as const;
export type StorefrontPlatform = (typeof STOREFRONT_PLATFORMS)[number];

/**
 * Each platform's product-page path. Shopify serves /products/<handle>; WooCommerce's default
 * product permalink base is /product/<slug>. A custom template names {handle} and/or {sku}.
 */
export const DEFAULT_PRODUCT_PATHS: Record<Exclude<StorefrontPlatform, 'custom'>, string> = {
  shopify: '/products/{handle}',
  woocommerce: '/product/{handle}',
};

/** Condition values as Google spells them (storefront-formats §5); eBay maps them to IDs. */
export const CONDITIONS = ['new', 'used', 'refurbished'] as const;
export type Condition = (typeof CONDITIONS)[number];

export const ETSY_WHO_MADE = ['i_did', 'someone_else', 'collective'] as const;

/** eBay sites this app writes the Action header for: SiteID, Country, Currency of the template. */
export const EBAY_SITES = {
  US: { country: 'US', currency: 'USD' },
  UK: { country: 'GB', currency: 'GBP' },
  Germany: { country: 'DE', currency: 'EUR' },
  Australia: { country: 'AU', currency: 'AUD' },
  Canada: { country: 'CA', currency: 'CAD' },
  France: { country: 'FR', currency: 'EUR' },
  Italy: { country: 'IT', currency: 'EUR' },
  Spain: { country: 'ES', currency: 'EUR' },
} as const;
export type EbaySite = keyof typeof EBAY_SITES;
export const EBAY_SITE_IDS = Object.keys(EBAY_SITES) as [EbaySite, ...EbaySite[]];

export const shopUrlSchema = z
  .string()
  .max(1000)
  .regex(/^https?:\/\/[^\s/]+[^\s]*$/, 'Use the shop’s web address, starting with https://');

/** A product-page path or full URL with {handle} and/or {sku} where the product goes. */
export const productUrlPatternSchema = z
  .string()
  .max(1000)
  .regex(/\{(handle|sku)\}/, 'The product page pattern needs {handle} or {sku}, e.g. /products/{handle}');

export const digitsIdSchema = (what: string) => z.string().regex(/^\d{1,12}$/, `${what} is digits only, e.g. 15687`);
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD');

const storefrontSchema = z.object({
  shopUrl: shopUrlSchema,
  /** Left out: the platform's own default path (custom has none, so it must be set). */
  productUrlPattern: productUrlPatternSchema.optional(),
});

/** The shop's own facts, set once and used by every export (each export may override a field). */
export const shopProfileSchema = z.object({
  /** Where the shop's product pages live, first = the one Google's `link` points at. */
  platforms: z.array(z.enum(STOREFRONT_PLATFORMS)).max(3).default([]),
  storefronts: z.object({
    shopify: storefrontSchema.optional(),
    woocommerce: storefrontSchema.optional(),
    custom: storefrontSchema.optional(),
  }).default({}),
  currency: currencySchema.default('USD'),
  /** Vendor/brand written when a product names none. */
  vendor: z.string().trim().min(1).max(100).optional(),
  /** Used when a product has no condition; never assumed when left out. */
  defaultCondition: z.enum(CONDITIONS).optional(),
  ebay: z.object({
    categoryId: digitsIdSchema('The eBay category ID').optional(),
    site: z.enum(EBAY_SITE_IDS).default('US'),
  }).default({ site: 'US' }),
  etsy: z.object({
    taxonomyId: digitsIdSchema('The Etsy taxonomy ID').optional(),
    whoMade: z.enum(ETSY_WHO_MADE).default('i_did'),
    whenMade: z.string().trim().min(1).max(40).default('made_to_order'),
    isSupply: z.boolean().default(false),
  }).default({ whoMade: 'i_did', whenMade: 'made_to_order', isSupply: false }),
});
export type ShopProfile = z.output<typeof shopProfileSchema>;

export const EMPTY_SHOP_PROFILE: ShopProfile = shopProfileSchema.parse({});
export type ShopProfileInput = z.input<typeof shopProfileSchema>;
