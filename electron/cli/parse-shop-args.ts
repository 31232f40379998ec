import type { Values } from './cli-options';
import { noPositionals, usage } from './cli-usage';

// `shop show|set` and `catalog import`: subcommands with their own flags.

/** Flags of `shop set`: each names one profile field ("none" clears an optional one). */
export const SHOP_FLAGS = ['platforms', 'shopify-url', 'shopify-path', 'woocommerce-url', 'woocommerce-path', 'custom-url', 'custom-path', 'currency', 'vendor', 'condition', 'ebay-category', 'ebay-site', 'etsy-taxonomy', 'etsy-who-made', 'etsy-when-made', 'etsy-supply'] as const;
export type ShopChanges = Partial<Record<(typeof SHOP_FLAGS)[number], string>>;

export type ShopCommand = { name: 'shop'; action: 'show' } | { name: 'shop'; action: 'set'; changes: ShopChanges };
export type CatalogCommand = { name: 'catalog'; action: 'import'; file: string; map: Record<string, string>; apply: boolean; createVariants: boolean };

export function readShopCommand(rest: string[], v: Values): ShopCommand {
  const [action, ...extra] = rest;
  if (action !== 'show' && action !== 'set') throw usage('shop needs show or set, e.g. listing-studio shop set --shopify-url https://shop.example.com --condition new.');
  noPositionals(`shop ${action}`, extra);
  if (action === 'show') {
    const given = SHOP_FLAGS.filter((f) => v[f] !== undefined);
    if (given.length > 0) throw usage(`shop show takes no --${given[0]}; use shop set to change it.`);
    return { name: 'shop', action: 'show' };
  }
  const changes: ShopChanges = {};
  for (const flag of SHOP_FLAGS) if (v[flag] !== undefined) changes[flag] = v[flag];
  if (Object.keys(changes).length === 0) throw usage(`shop set needs at least one of --${SHOP_FLAGS.join(', --')}.`);
  return { name: 'shop', action: 'set', changes };
}

export function readCatalogCommand(rest: string[], v: Values): CatalogCommand {
  const [action, file, ...extra] = rest;
  if (action !== 'import' || !file) throw usage('catalog needs import and a CSV file, e.g. listing-studio catalog import products.csv --apply.');
  noPositionals('catalog import', extra);
  const map: Record<string, string> = {};
  for (const pair of v.map ?? []) {
    const at = pair.lastIndexOf('=');
    if (at <= 0 || at === pair.length - 1) throw usage(`--map takes column=field, e.g. --map "Item code=sku", not "${pair}".`);
    map[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return { name: 'catalog', action: 'import', file, map, apply: v.apply, createVariants: !v['no-new-variants'] };
}
