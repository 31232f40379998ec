/**
 * Headers copied verbatim from /work/shared/docs/storefront-formats.md, so the tests compare the
 * exporter against the document and not against itself.
 */
export const SHOPIFY_DOC_HEADER =
  'Title,URL handle,Description,Vendor,Product category,Type,Tags,Published on online store,Status,SKU,Barcode,Option1 name,Option1 value,Option1 Linked To,Option2 name,Option2 value,Option2 Linked To,Option3 name,Option3 value,Option3 Linked To,Price,Compare-at price,Cost per item,Charge tax,Tax code,Unit price total measure,Unit price total measure unit,Unit price base measure,Unit price base measure unit,Inventory tracker,Inventory quantity,Continue selling when out of stock,Weight value (grams),Weight unit for display,Requires shipping,Fulfillment service,Product image URL,Image position,Image alt text,Variant image URL,Gift card,SEO title,SEO description,Color (product.metafields.shopify.color-pattern),Google Shopping / Google product category,Google Shopping / Gender,Google Shopping / Age group,Google Shopping / Manufacturer part number (MPN),Google Shopping / Ad group name,Google Shopping / Ads labels,Google Shopping / Condition,Google Shopping / Custom product,Google Shopping / Custom label 0,Google Shopping / Custom label 1,Google Shopping / Custom label 2,Google Shopping / Custom label 3,Google Shopping / Custom label 4'.split(',');

/** §2.1, WC_Product_CSV_Exporter::get_default_column_names(), in the exporter's order (units left as written there). */
export const WOO_DOC_COLUMNS = [
  'ID', 'Type', 'SKU', 'GTIN, UPC, EAN, or ISBN', 'Name', 'Published', 'Is featured?', 'Visibility in catalog', 'Short description',
  'Description', 'Date sale price starts', 'Date sale price ends', 'Tax status', 'Tax class', 'In stock?', 'Stock', 'Low stock amount',
  'Backorders allowed?', 'Sold individually?', 'Weight (<unit>)', 'Length (<unit>)', 'Width (<unit>)', 'Height (<unit>)',
  'Allow customer reviews?', 'Purchase note', 'Sale price', 'Regular price', 'Categories', 'Tags', 'Shipping class', 'Images',
  'Download limit', 'Download expiry days', 'Parent', 'Grouped products', 'Upsells', 'Cross-sells', 'External URL', 'Button text', 'Position',
];
/** The dynamic groups the exporter appends after the fixed columns (attributes, then `Meta: <key>`). */
export const WOO_ATTRIBUTE_COLUMN = /^(Attribute \d+ (name|value\(s\)|visible|global)|Meta: \S+)$/;

/** §4 "Create drafts" template, all five lines. */
export const EBAY_DOC_LINES = [
  '#INFO,Version=0.0.2,Template= eBay-draft-listings-template_US,,,,,,,,',
  '#INFO Action and Category ID are required fields. 1) Set Action to Draft 2) Please find the category ID for your listings here: https://pages.ebay.com/sellerinformation/news/categorychanges.html,,,,,,,,,,',
  `"#INFO After you've successfully uploaded your draft from the Seller Hub Reports tab, complete your drafts to active listings here: https://www.ebay.com/sh/lst/drafts",,,,,,,,,,`,
  '#INFO,,,,,,,,,,',
  'Action(SiteID=US|Country=US|Currency=USD|Version=1193|CC=UTF-8),Custom label (SKU),Category ID,Title,UPC,Price,Quantity,Item photo URL,Condition ID,Description,Format',
];

/** §5 minimal TSV header. The exporter adds gtin (a spec attribute) before identifier_exists. */
export const GOOGLE_DOC_HEADER =
  'id title description link image_link additional_image_link availability price brand identifier_exists condition google_product_category product_type color material size gender age_group item_group_id'.split(' ');

/** §3 neutral Etsy file: the example header, continued to image_10 as in the Shop Uploader template. */
export const ETSY_DOC_HEADER = [
  ...'sku,title,description,price,quantity,who_made,when_made,is_supply,taxonomy_id,tags,materials'.split(','),
  ...Array.from({ length: 10 }, (_, i) => `image_${i + 1}`),
];
