import type { DraftStatus } from '../../shared/domain/draft';

export interface ProductFilter {
  status?: DraftStatus;
  /** Matched, case-insensitively, anywhere in the title, the SKU or a photo's original file name. */
  search?: string;
}

export interface SqlFilter {
  /** A WHERE clause over `products p LEFT JOIN drafts d`, or '' for none. */
  where: string;
  params: string[];
}

/** Turns the grid's filter into SQL; the search text is a literal, never a LIKE pattern. */
export function buildProductFilter(filter: ProductFilter): SqlFilter {
  const clauses: string[] = [];
  const params: string[] = [];
  if (filter.status) {
    clauses.push("coalesce(d.status, 'new') = ?");
    params.push(filter.status);
  }
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    clauses.push(
      `(d.title LIKE ? ESCAPE '\\' OR d.sku LIKE ? ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM photos s WHERE s.product_id = p.id AND s.original_name LIKE ? ESCAPE '\\'))`,
    );
    params.push(pattern, pattern, pattern);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
