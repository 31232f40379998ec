import type { DraftStatus } from '../../shared/domain/draft';
import { inLibrary, inTrash } from './in-library';

export interface ProductFilter {
  status?: DraftStatus;
  /** Matched, case-insensitively, anywhere in the title, the SKU or a photo's original file name. */
  search?: string;
  /** The Trash view: products deleted within the last 30 days instead of the library's. */
  trash?: boolean;
}

export interface SqlFilter {
  /** A WHERE clause over `products p LEFT JOIN drafts d`. */
  where: string;
  params: string[];
}

/** Turns the grid's filter into SQL, the library's products or the Trash's; the search text is a literal, never a LIKE pattern. */
export function buildProductFilter(filter: ProductFilter): SqlFilter {
  const clauses: string[] = [filter.trash ? inTrash('p') : inLibrary('p')];
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
  return { where: `WHERE ${clauses.join(' AND ')}`, params };
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
