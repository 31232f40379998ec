import { useEffect, useState } from 'react';
import type { ExportTarget } from '../../../shared/domain/platform-limits';
import type { ShopProfile, StorefrontPlatform } from '../../../shared/domain/shop-profile';
import { useApi } from '../api/api-context';

interface ShopFieldsProps {
  target: ExportTarget;
  /** Called after the profile is saved, so the pre-flight report is run again. */
  onSaved: () => void;
}

const PLATFORM_LABELS: Record<StorefrontPlatform, string> = { shopify: 'Shopify', woocommerce: 'WooCommerce', custom: 'Own website' };

/**
 * The shop-profile settings this storefront's file needs, edited and saved in the library: the
 * product-page address for Google, the default condition for eBay and Google, eBay's category and
 * site, Etsy's taxonomy. A product's own values (set in the editor) win over these.
 */
export function ShopProfileFields({ target, onSaved }: ShopFieldsProps) {
  const api = useApi();
  const [profile, setProfile] = useState<ShopProfile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void api.shop.get({}).then((r) => (r.ok ? setProfile(r.value) : setError(r.error.message)));
  }, [api]);

  if (!profile) return error ? <p role="alert">{error}</p> : null;
  const needsLink = target === 'google';
  const needsCondition = target === 'google' || target === 'ebay' || target === 'shopify';
  if (!needsLink && !needsCondition && target !== 'etsy') return null;

  const change = (next: ShopProfile) => {
    setProfile(next);
    setSaved(false);
  };
  const storefront: StorefrontPlatform = profile.platforms[0] ?? 'shopify';
  const page = profile.storefronts[storefront];
  const setStorefront = (platform: StorefrontPlatform, shopUrl: string, productUrlPattern?: string) =>
    change({
      ...profile,
      platforms: [platform, ...profile.platforms.filter((p) => p !== platform)],
      storefronts: { ...profile.storefronts, [platform]: { shopUrl, ...(productUrlPattern ? { productUrlPattern } : {}) } },
    });

  const save = async () => {
    const result = await api.shop.set({ profile });
    if (!result.ok) return setError(result.error.message);
    setProfile(result.value);
    setError(null);
    setSaved(true);
    onSaved();
  };

  return (
    <fieldset className="shop-profile">
      <legend>Shop profile</legend>
      {needsLink && (
        <>
          <label>
            Product pages are on
            <select value={storefront} onChange={(e) => setStorefront(e.target.value as StorefrontPlatform, profile.storefronts[e.target.value as StorefrontPlatform]?.shopUrl ?? page?.shopUrl ?? '')}>
              {(Object.keys(PLATFORM_LABELS) as StorefrontPlatform[]).map((p) => (
                <option key={p} value={p}>
                  {PLATFORM_LABELS[p]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Shop address
            <input type="url" placeholder="https://shop.example.com" value={page?.shopUrl ?? ''} onChange={(e) => setStorefront(storefront, e.target.value, page?.productUrlPattern)} />
          </label>
          <label>
            Product page pattern <small>(with {'{handle}'} or {'{sku}'}; blank for the platform’s own)</small>
            <input placeholder={storefront === 'woocommerce' ? '/product/{handle}' : storefront === 'shopify' ? '/products/{handle}' : '/shop/{handle}'} value={page?.productUrlPattern ?? ''} onChange={(e) => setStorefront(storefront, page?.shopUrl ?? '', e.target.value)} />
          </label>
        </>
      )}
      {needsCondition && (
        <label>
          Default condition <small>(for products that name none)</small>
          <select value={profile.defaultCondition ?? ''} onChange={(e) => change({ ...profile, defaultCondition: (e.target.value || undefined) as ShopProfile['defaultCondition'] })}>
            <option value="">None: each product must say</option>
            <option value="new">New</option>
            <option value="used">Used</option>
            <option value="refurbished">Refurbished</option>
          </select>
        </label>
      )}
      {target === 'ebay' && (
        <label>
          eBay category ID <small>(for products that name none)</small>
          <input inputMode="numeric" value={profile.ebay.categoryId ?? ''} onChange={(e) => change({ ...profile, ebay: { ...profile.ebay, categoryId: e.target.value.trim() || undefined } })} />
        </label>
      )}
      {target === 'etsy' && (
        <label>
          Etsy taxonomy ID <small>(for products that name none)</small>
          <input inputMode="numeric" value={profile.etsy.taxonomyId ?? ''} onChange={(e) => change({ ...profile, etsy: { ...profile.etsy, taxonomyId: e.target.value.trim() || undefined } })} />
        </label>
      )}
      <button type="button" onClick={() => void save()}>
        Save to shop profile
      </button>
      {saved && <span role="status"> Saved.</span>}
      {error && <p role="alert">{error}</p>}
    </fieldset>
  );
}
