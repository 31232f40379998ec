import type { ProductSummary } from '../../../shared/domain/product';
import { StatusBadge } from './status-badge';

export function ProductGrid({ items, selectedId, onSelect }: { items: ProductSummary[]; selectedId: number | null; onSelect: (id: number) => void }) {
  if (items.length === 0) return <p className="empty">No products yet. Drop some photos above.</p>;
  return (
    <ul className="product-grid">
      {items.map((p) => (
        <li key={p.id}>
          <button type="button" className={`product-card${p.id === selectedId ? ' selected' : ''}`} onClick={() => onSelect(p.id)} aria-pressed={p.id === selectedId}>
            {p.thumbnailUrl ? <img src={p.thumbnailUrl} alt="" loading="lazy" /> : <span className="no-thumb" />}
            <span className="product-title">{p.title || p.sku || `Product ${p.id}`}</span>
            <span className="product-meta">
              <StatusBadge status={p.status} flagCount={p.flagCount} /> {p.photoCount} photo{p.photoCount === 1 ? '' : 's'}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
