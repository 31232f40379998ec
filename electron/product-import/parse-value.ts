import type { CatalogField } from '../../shared/domain/product-import';
import { priceSchema } from '../../shared/domain/draft';
import { CATALOG_FIELD_DEFS } from './import-fields';

export type ParsedValue = { ok: true; value: string } | { ok: false; problem: string };

/** "$1,234.50", "15,5 €", "15.00 USD" → "1234.50", "15.5", "15.00"; null when it is no price. */
export function parsePrice(raw: string): string | null {
  let text = raw.replace(/[\s$€£¥]/g, '').replace(/[A-Za-z]{3}$/, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  else if (/^\d+,\d{1,2}$/.test(text)) text = text.replace(',', '.');
  return priceSchema.safeParse(text).success ? text : null;
}

/** eBay's condition IDs back to words (storefront-formats §4: 1000 New, 3000 Used; 2500 Seller refurbished). */
const EBAY_CONDITION_WORDS: Record<string, string> = { '1000': 'new', '2500': 'refurbished', '3000': 'used' };

/**
 * Reads one cell as the field it is mapped to. Values that would change meaning on the way in
 * (a price that is not a number, a barcode Excel turned into 3.65E+11) are refused, not guessed.
 */
export function parseValue(field: CatalogField, raw: string): ParsedValue {
  // An ISBN is often written with hyphens ("978-1-98765-432-1", Shopify's 2024 sample); the digits are the barcode.
  const value = field === 'barcode' && /^\d[\d -]*\d$/.test(raw.trim()) ? raw.replace(/[ -]/g, '') : raw.trim();
  const def = CATALOG_FIELD_DEFS[field];
  if (value.length > def.maxLength) return { ok: false, problem: `${field} has ${value.length} characters; at most ${def.maxLength} fit.` };
  switch (field) {
    case 'price':
    case 'salePrice':
    case 'compareAtPrice': {
      const price = parsePrice(value);
      return price ? { ok: true, value: price } : { ok: false, problem: `${field} "${value}" is not a price like 15.00.` };
    }
    case 'quantity':
      return /^\d+(\.0+)?$/.test(value)
        ? { ok: true, value: String(Number.parseInt(value, 10)) }
        : { ok: false, problem: `${field} "${value}" is not a whole number of 0 or more.` };
    case 'weightGrams':
      // Shopify writes grams converted from ounces or pounds, e.g. 226.796185; a gram more or less is no change.
      return /^\d+(\.\d+)?$/.test(value)
        ? { ok: true, value: String(Math.round(Number(value))) }
        : { ok: false, problem: `weight "${value}" is not a number of grams such as 180 or 226.8.` };
    case 'condition': {
      const condition = EBAY_CONDITION_WORDS[value] ?? value;
      return { ok: true, value: condition };
    }
    case 'googleProductCategory':
    case 'ebayCategoryId':
    case 'etsyTaxonomyId':
      return /^\d+$/.test(value) ? { ok: true, value } : { ok: false, problem: `${field} "${value}" is not a category number.` };
    case 'barcode':
      if (/^\d(\.\d+)?E\+\d+$/i.test(value)) {
        return { ok: false, problem: `barcode "${value}" was turned into scientific notation by a spreadsheet and has lost digits; export the barcodes as text and import again.` };
      }
      return /^\d{8,14}$/.test(value) ? { ok: true, value } : { ok: false, problem: `barcode "${value}" is not 8 to 14 digits (GTIN, UPC, EAN or ISBN).` };
    default:
      return { ok: true, value };
  }
}
