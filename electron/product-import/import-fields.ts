import type { CatalogField } from '../../shared/domain/product-import';
import { ATTRIBUTE_KEYS } from '../../shared/domain/attributes';

/** Where a field lives in the draft: its own column, or a key of the attributes JSON. */
export type FieldHome = { column: 'sku' | 'price' } | { attribute: string } | { matchOnly: true };

export interface CatalogFieldDef {
  home: FieldHome;
  /** Header names that mean this field, compared lowercase with everything but letters and digits dropped. */
  headers: readonly string[];
  maxLength: number;
}

/**
 * Common headers from Shopify, WooCommerce, eBay and spreadsheet exports (storefront-formats §1–§4),
 * in the order they are tried: a header feeds at most one field.
 */
export const CATALOG_FIELD_DEFS: Record<CatalogField, CatalogFieldDef> = {
  // "id" last: Google's feed names the SKU id (a WooCommerce file's ID column comes after its SKU column is found).
  sku: { home: { column: 'sku' }, headers: ['sku', 'variantsku', 'customlabelsku', 'customlabel', 'itemsku', 'productcode', 'articlenumber', 'itemnumber', 'partnumber', 'id'], maxLength: 100 },
  price: { home: { column: 'price' }, headers: ['price', 'variantprice', 'regularprice', 'startprice', 'retailprice', 'unitprice'], maxLength: 20 },
  salePrice: { home: { column: 'price' }, headers: ['saleprice'], maxLength: 20 },
  quantity: { home: { attribute: ATTRIBUTE_KEYS.quantity }, headers: ['quantity', 'qty', 'inventoryquantity', 'variantinventoryqty', 'stock', 'stockquantity', 'available', 'onhand', 'inventory'], maxLength: 12 },
  vendor: { home: { attribute: ATTRIBUTE_KEYS.vendor }, headers: ['vendor', 'supplier', 'manufacturer'], maxLength: 100 },
  brand: { home: { attribute: 'brand' }, headers: ['brand', 'cbrand'], maxLength: 100 },
  barcode: { home: { attribute: ATTRIBUTE_KEYS.barcode }, headers: ['barcode', 'variantbarcode', 'gtin', 'upc', 'ean', 'isbn', 'gtinupceanorisbn', 'ean13', 'gtin13'], maxLength: 14 },
  compareAtPrice: { home: { attribute: ATTRIBUTE_KEYS.compareAtPrice }, headers: ['compareatprice', 'variantcompareatprice', 'msrp', 'listprice', 'rrp'], maxLength: 20 },
  weightGrams: { home: { attribute: ATTRIBUTE_KEYS.weightGrams }, headers: ['weightvaluegrams', 'variantgrams', 'weightg', 'weightgrams', 'grams'], maxLength: 12 },
  category: { home: { attribute: 'category' }, headers: ['category', 'categories', 'productcategory', 'producttype', 'type'], maxLength: 200 },
  color: { home: { attribute: 'color' }, headers: ['color', 'colour', 'ccolor', 'ccolour'], maxLength: 100 },
  material: { home: { attribute: 'material' }, headers: ['material', 'materials', 'cmaterial'], maxLength: 100 },
  condition: { home: { attribute: 'condition' }, headers: ['condition', 'conditionid', 'googleshoppingcondition'], maxLength: 50 },
  googleProductCategory: { home: { attribute: ATTRIBUTE_KEYS.googleProductCategory }, headers: ['googleproductcategory'], maxLength: 12 },
  ebayCategoryId: { home: { attribute: ATTRIBUTE_KEYS.ebayCategoryId }, headers: ['categoryid', 'ebaycategoryid'], maxLength: 12 },
  etsyTaxonomyId: { home: { attribute: ATTRIBUTE_KEYS.etsyTaxonomyId }, headers: ['taxonomyid', 'etsytaxonomyid'], maxLength: 12 },
  photoFileName: {
    home: { matchOnly: true },
    headers: ['photo', 'photofile', 'photofilename', 'filename', 'file', 'image', 'imagefile', 'imagefilename', 'imagesrc', 'imageurl', 'productimageurl', 'picture', 'itemphotourl', 'images', 'imagelink', 'image1', 'picurl'],
    maxLength: 100_000,
  },
  handle: { home: { matchOnly: true }, headers: ['urlhandle', 'handle'], maxLength: 500 },
  parent: { home: { matchOnly: true }, headers: ['parent', 'parentsku'], maxLength: 500 },
};

export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
