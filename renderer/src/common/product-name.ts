import type { ProductSummary } from '../../../shared/domain/product';

/**
 * What the owner calls a product: its title, else its SKU (the file-name stem of its photos until
 * the owner types another), else its number. Every message and card names products this way.
 */
export function productName(p: Pick<ProductSummary, 'id' | 'title' | 'sku'>): string {
  return p.title.trim() || p.sku?.trim() || `Untitled product ${p.id}`;
}
