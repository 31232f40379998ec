import { EMPTY_SHOP_PROFILE, shopProfileSchema, type ShopProfile } from '../../shared/domain/shop-profile';
import type { Db } from '../db/open-database';

/**
 * The library's shop profile, or the empty one before the owner sets anything. A stored profile
 * that no longer parses (written by a newer app, or edited by hand) is an empty one rather than a
 * crash; the next save replaces it.
 */
export function readShopProfile(db: Db): ShopProfile {
  const row = db.prepare<[], { profile: string }>('SELECT profile FROM shop_profile WHERE id = 1').get();
  if (!row) return EMPTY_SHOP_PROFILE;
  const parsed = shopProfileSchema.safeParse(JSON.parse(row.profile));
  return parsed.success ? parsed.data : EMPTY_SHOP_PROFILE;
}

export function writeShopProfile(db: Db, profile: ShopProfile): ShopProfile {
  const valid = shopProfileSchema.parse(profile);
  db.prepare(
    `INSERT INTO shop_profile (id, profile, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at`,
  ).run(JSON.stringify(valid), new Date().toISOString());
  return valid;
}
