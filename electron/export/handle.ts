import { SHOPIFY_RULES } from '../../shared/domain/platform-limits';

/** Letters NFKD does not split into a base letter plus marks. */
const TRANSLITERATE: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };
const HANDLE_MAX = 80;

/**
 * A URL handle from any text: lowercase ASCII letters, digits and single dashes (Shopify's rule,
 * storefront-formats §1.2). Accents lose their marks; scripts with no ASCII form (Arabic, CJK,
 * emoji) vanish, so the result can be '' and the caller falls back.
 */
export function slugifyHandle(text: string, maxLength = HANDLE_MAX): string {
  const folded = text
    .toLowerCase()
    .replace(/[ßæøœđðłþı]/g, (ch) => TRANSLITERATE[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a dash so the handle does not end mid-word.
  const cut = slug.slice(0, maxLength + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 0 ? cut.slice(0, dash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

export function isValidHandle(handle: string): boolean {
  return SHOPIFY_RULES.handlePattern.test(handle);
}

export interface HandleSource {
  productId: number;
  title: string;
  sku: string | null;
  /** A handle the user typed; used as given (and linted) rather than re-slugged. */
  handle?: string;
}

/** The handle before de-duplication: the user's own, else from the title, else the SKU, else the id. */
export function baseHandle(source: HandleSource): string {
  const own = source.handle?.trim();
  if (own) return own;
  return slugifyHandle(source.title) || slugifyHandle(source.sku ?? '') || `product-${source.productId}`;
}

/** Every row with a new handle is a new product in Shopify, so a repeat gets -2, -3, … */
export function claimUniqueHandle(base: string, used: Set<string>): string {
  let handle = base;
  for (let n = 2; used.has(handle); n++) handle = `${base}-${n}`;
  used.add(handle);
  return handle;
}
