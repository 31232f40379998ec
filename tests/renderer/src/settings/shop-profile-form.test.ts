import { describe, expect, it } from 'vitest';
import { EMPTY_SHOP_PROFILE, shopProfileSchema } from '../../../../shared/domain/shop-profile';
import { formToProfile, profileToForm } from '../../../../renderer/src/settings/shop-profile-form';

describe('the shop profile form', () => {
  it('round-trips a saved profile, keeping the storefronts the form does not show', () => {
    const saved = shopProfileSchema.parse({
      platforms: ['shopify', 'woocommerce'],
      storefronts: { shopify: { shopUrl: 'https://a.example.com' }, woocommerce: { shopUrl: 'https://b.example.com', productUrlPattern: '/item/{sku}' } },
      currency: 'GBP',
      defaultCondition: 'used',
    });
    expect(shopProfileSchema.parse(formToProfile(profileToForm(saved), saved))).toEqual(saved);
  });

  it('puts the edited storefront first, leaves unset fields out and sends typed values for the schema to check', () => {
    const form = { ...profileToForm(EMPTY_SHOP_PROFILE), platform: 'woocommerce' as const, shopUrl: ' https://woo.example.com ', currency: 'eur', ebayCategoryId: '12a' };
    const sent = formToProfile(form, EMPTY_SHOP_PROFILE);
    expect(sent).toMatchObject({ platforms: ['woocommerce'], storefronts: { woocommerce: { shopUrl: 'https://woo.example.com' } }, currency: 'EUR', ebay: { categoryId: '12a' } });
    expect(sent).not.toHaveProperty('defaultCondition');
    expect(shopProfileSchema.safeParse(sent).success).toBe(false);
  });
});
