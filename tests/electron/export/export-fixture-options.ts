import { exportOptionsSchema, type ExportOptions } from '../../../shared/domain/export';

/** Options with every target's required settings filled, images not copied unless asked. */
export function fullOptions(extra: Partial<ExportOptions> = {}): ExportOptions {
  return exportOptionsSchema.parse({
    imageBaseUrl: 'https://cdn.example.com/img',
    copyImages: false,
    storefront: 'shopify',
    shopUrl: 'https://shop.example.com',
    condition: 'new',
    ebayCategoryId: '15687',
    etsyTaxonomyId: '482',
    ...extra,
  });
}
