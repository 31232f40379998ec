import { describe, expect, it } from 'vitest';
import { productUrl, resolveShopSettings } from '../../../electron/export/shop-settings';
import { shopProfileSchema } from '../../../shared/domain/shop-profile';
import { exportOptionsSchema } from '../../../shared/domain/export';

const profile = (p: object) => shopProfileSchema.parse(p);
const options = (o: object = {}) => exportOptionsSchema.parse(o);
const link = (p: object, o: object = {}, handle = 'linen-tote', sku: string | null = 'LT 1/2') => {
  const shop = resolveShopSettings(profile(p), options(o));
  return { url: productUrl(shop.productUrlTemplate, handle, sku), problem: shop.productUrlProblem };
};

describe('product page links for Google', () => {
  it('follows each platform’s own pattern: Shopify /products/, WooCommerce /product/', () => {
    expect(link({ storefronts: { shopify: { shopUrl: 'https://s.example.com/' } } }).url).toBe('https://s.example.com/products/linen-tote');
    expect(link({ platforms: ['woocommerce'], storefronts: { woocommerce: { shopUrl: 'https://w.example.com' } } }).url).toBe('https://w.example.com/product/linen-tote');
  });

  it('takes a custom template with {sku}, encoded, and a full-URL pattern as it is', () => {
    expect(link({ platforms: ['custom'], storefronts: { custom: { shopUrl: 'https://my.example.com', productUrlPattern: '/p/{sku}' } } }).url).toBe('https://my.example.com/p/LT%201%2F2');
    expect(link({}, { productUrlPattern: 'https://cdn.example.com/item?h={handle}' }).url).toBe('https://cdn.example.com/item?h=linen-tote');
  });

  it('does not guess Shopify’s pattern for an address alone, and says what to set', () => {
    const { url, problem } = link({}, { shopUrl: 'https://shop.example.com' });
    expect(url).toBe('');
    expect(problem).toMatch(/not known which storefront/);
    expect(link({}).problem).toMatch(/shop's web address is not set/);
  });

  it('lets one export override the profile, and the profile fill what the export leaves out', () => {
    const shop = resolveShopSettings(
      profile({ currency: 'EUR', defaultCondition: 'used', ebay: { categoryId: '1', site: 'UK' }, etsy: { taxonomyId: '2', isSupply: true } }),
      options({ currency: 'GBP', ebayCategoryId: '99' }),
    );
    expect(shop).toMatchObject({ currency: 'GBP', defaultCondition: 'used', ebayCategoryId: '99', ebaySite: 'UK', etsyTaxonomyId: '2', etsyIsSupply: true });
    expect(resolveShopSettings(profile({}), options()).defaultCondition).toBe('');
  });
});
