import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShopProfile } from '../../../../shared/domain/shop-profile';
import { readShopProfile } from '../../../../electron/shop/shop-profile-store';
import { openDatabase } from '../../../../electron/db/open-database';
import { createTestLibrary, type TestLibrary } from '../../export/library-fixture';
import { runCliIn } from '../cli-in-process';


let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
});
afterEach(() => lib.close());

describe('listing-studio shop', () => {
  it('starts empty: no storefront, no default condition, USD', async () => {
    const shown = await runCliIn(lib.dir, ['shop', 'show', '--json']);
    expect(shown.code).toBe(0);
    const profile = shown.json<ShopProfile>();
    expect(profile).toMatchObject({ platforms: [], currency: 'USD', ebay: { site: 'US' } });
    expect(profile.defaultCondition).toBeUndefined();
  });

  it('saves each flag into the library and changes only what it names', async () => {
    expect((await runCliIn(lib.dir, ['shop', 'set', '--woocommerce-url', 'https://woo.example.com', '--condition', 'new', '--etsy-supply', 'yes'])).code).toBe(0);
    expect((await runCliIn(lib.dir, ['shop', 'set', '--custom-url', 'https://my.example.com', '--custom-path', '/p/{sku}', '--vendor', 'Acme Co'])).code).toBe(0);
    const db = openDatabase(path.join(lib.dir, 'library.sqlite'));
    try {
      expect(readShopProfile(db)).toMatchObject({
        platforms: ['woocommerce', 'custom'],
        storefronts: { woocommerce: { shopUrl: 'https://woo.example.com' }, custom: { shopUrl: 'https://my.example.com', productUrlPattern: '/p/{sku}' } },
        defaultCondition: 'new',
        vendor: 'Acme Co',
        etsy: { isSupply: true },
      });
    } finally {
      db.close();
    }
    const shown = await runCliIn(lib.dir, ['shop', 'show']);
    expect(shown.stdout).toMatch(/custom: https:\/\/my\.example\.com \(product pages \/p\/\{sku\}\)/);
  });

  it('refuses a wrong value naming the flag, and changes nothing', async () => {
    const bad = await runCliIn(lib.dir, ['shop', 'set', '--condition', 'new', '--ebay-category', 'shoes']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--ebay-category: The eBay category ID is digits only/);
    const path2 = await runCliIn(lib.dir, ['shop', 'set', '--custom-url', 'https://my.example.com', '--custom-path', '/products']);
    expect(path2.stderr).toMatch(/--custom-path: The product page pattern needs \{handle\} or \{sku\}/);
    expect((await runCliIn(lib.dir, ['shop', 'show', '--json'])).json<ShopProfile>().defaultCondition).toBeUndefined();
  });

  it('clears an optional value with none', async () => {
    await runCliIn(lib.dir, ['shop', 'set', '--condition', 'used']);
    await runCliIn(lib.dir, ['shop', 'set', '--condition', 'none']);
    expect((await runCliIn(lib.dir, ['shop', 'show', '--json'])).json<ShopProfile>().defaultCondition).toBeUndefined();
  });
});
