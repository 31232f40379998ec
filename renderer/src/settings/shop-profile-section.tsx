import { useEffect, useState, type FormEvent } from 'react';
import { CONDITIONS, EBAY_SITE_IDS, ETSY_WHO_MADE, type ShopProfile } from '../../../shared/domain/shop-profile';
import { useApi } from '../api/api-context';
import { defaultPathFor, formToProfile, profileToForm, type ShopProfileForm } from './shop-profile-form';

const PLATFORM_LABELS = { shopify: 'Shopify', woocommerce: 'WooCommerce', custom: 'Another site (URL template)' } as const;
const WHO_MADE_LABELS: Record<(typeof ETSY_WHO_MADE)[number], string> = { i_did: 'I did', someone_else: 'Someone else', collective: 'A member of my shop' };

/**
 * The shop profile every export starts from: where the product pages live (Google's `link`),
 * currency, vendor, the default condition (none unless set: a used item is never listed as new),
 * and the eBay and Etsy defaults. Saved in the library; the export dialog can override a field
 * for one export.
 */
export function ShopProfileSection() {
  const api = useApi();
  const [saved, setSaved] = useState<ShopProfile | null>(null);
  const [form, setForm] = useState<ShopProfileForm | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void api.shop.get({}).then((r) => {
      if (!r.ok) return setMessage({ ok: false, text: r.error.message });
      setSaved(r.value);
      setForm(profileToForm(r.value));
    });
  }, [api]);

  if (!form || !saved) return message ? <p role="alert">{message.text}</p> : null;
  const set = (patch: Partial<ShopProfileForm>) => {
    setForm({ ...form, ...patch });
    setMessage(null);
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const result = await api.shop.set({ profile: formToProfile(form, saved) });
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    setSaved(result.value);
    setForm(profileToForm(result.value));
    setMessage({ ok: true, text: 'Shop profile saved. Exports use it from now on.' });
  };

  return (
    <section aria-labelledby="settings-shop" className="shop-profile">
      <h2 id="settings-shop">Shop profile</h2>
      <p className="muted">Set once; every export starts from it. An export can change a value for that export only.</p>
      <form onSubmit={(e) => void save(e)} className="shop-profile-form">
        <label>
          Where your product pages are
          <select value={form.platform} onChange={(e) => set({ platform: e.target.value as ShopProfileForm['platform'] })}>
            <option value="">Not set</option>
            {(Object.keys(PLATFORM_LABELS) as (keyof typeof PLATFORM_LABELS)[]).map((p) => (
              <option key={p} value={p}>
                {PLATFORM_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Shop address
          <input type="url" value={form.shopUrl} placeholder="https://shop.example.com" onChange={(e) => set({ shopUrl: e.target.value })} disabled={!form.platform} />
        </label>
        <label>
          Product page pattern
          <input value={form.productUrlPattern} placeholder={defaultPathFor(form.platform)} onChange={(e) => set({ productUrlPattern: e.target.value })} disabled={!form.platform} />
        </label>
        <label>
          Currency
          <input value={form.currency} maxLength={3} onChange={(e) => set({ currency: e.target.value })} />
        </label>
        <label>
          Vendor or brand (for products that name none)
          <input value={form.vendor} onChange={(e) => set({ vendor: e.target.value })} />
        </label>
        <label>
          Default condition
          <select value={form.defaultCondition} onChange={(e) => set({ defaultCondition: e.target.value })}>
            <option value="">None: set it on each product</option>
            {CONDITIONS.map((c) => (
              <option key={c} value={c}>
                {c[0]!.toUpperCase() + c.slice(1)}
              </option>
            ))}
          </select>
        </label>
        <label>
          eBay category ID
          <input inputMode="numeric" value={form.ebayCategoryId} placeholder="e.g. 20625" onChange={(e) => set({ ebayCategoryId: e.target.value })} />
        </label>
        <label>
          eBay site
          <select value={form.ebaySite} onChange={(e) => set({ ebaySite: e.target.value })}>
            {EBAY_SITE_IDS.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Etsy taxonomy ID
          <input inputMode="numeric" value={form.etsyTaxonomyId} placeholder="e.g. 1633" onChange={(e) => set({ etsyTaxonomyId: e.target.value })} />
        </label>
        <label>
          Etsy: who made it
          <select value={form.etsyWhoMade} onChange={(e) => set({ etsyWhoMade: e.target.value })}>
            {ETSY_WHO_MADE.map((w) => (
              <option key={w} value={w}>
                {WHO_MADE_LABELS[w]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Etsy: when it was made
          <input value={form.etsyWhenMade} onChange={(e) => set({ etsyWhenMade: e.target.value })} />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={form.etsyIsSupply} onChange={(e) => set({ etsyIsSupply: e.target.checked })} />
          Etsy: these are craft supplies
        </label>
        <p className="shop-profile-actions">
          <button type="submit" className="primary">
            Save shop profile
          </button>
          {message && (
            <span role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'bad'}>
              {message.text}
            </span>
          )}
        </p>
      </form>
    </section>
  );
}
