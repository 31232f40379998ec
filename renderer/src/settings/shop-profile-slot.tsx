/**
 * The place for the "Shop profile" section (routes shop.get / shop.set, built on another branch).
 * The lead wires that section in here; until then it renders nothing, so no empty heading shows.
 */
export function ShopProfileSlot() {
  return null;
}
