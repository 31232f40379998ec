import { DRAFT_STATUSES } from '../../../shared/domain/draft-status';
import { CARD_SIZES, type CardSize } from './card-size';
import type { ProductFilter } from './product-page';

interface ToolbarProps {
  filter: ProductFilter;
  onFilter: (filter: ProductFilter) => void;
  shown: number;
  selectedCount: number;
  onSelectAll: () => void;
  onClearSelection: () => void;
  onMergeSelected: () => void;
  onMakeVariants: () => void;
  onDeleteSelected: () => void;
  onShowTrash: () => void;
  cardSize: CardSize;
  onCardSize: (size: CardSize) => void;
}

/** Search, status filter and what to do with the selection. */
export function LibraryToolbar({ filter, onFilter, shown, selectedCount, onSelectAll, onClearSelection, onMergeSelected, onMakeVariants, onDeleteSelected, onShowTrash, cardSize, onCardSize }: ToolbarProps) {
  return (
    <div className="library-toolbar" role="toolbar" aria-label="Filter and select products">
      <input
        type="search"
        className="search"
        aria-label="Search products by title or SKU"
        placeholder="Search title or SKU"
        value={filter.search}
        onChange={(e) => onFilter({ ...filter, search: e.target.value })}
      />
      <select aria-label="Show products with status" value={filter.status} onChange={(e) => onFilter({ ...filter, status: e.target.value as ProductFilter['status'] })}>
        <option value="all">All statuses</option>
        {DRAFT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {s[0]!.toUpperCase() + s.slice(1)}
          </option>
        ))}
      </select>
      <select aria-label="Card size" value={cardSize} onChange={(e) => onCardSize(e.target.value as CardSize)}>
        {(Object.keys(CARD_SIZES) as CardSize[]).map((size) => (
          <option key={size} value={size}>
            {CARD_SIZES[size].label} cards
          </option>
        ))}
      </select>
      <span className="count" aria-live="polite">
        {selectedCount > 0 ? `${selectedCount} of ${shown} selected` : `${shown} shown`}
      </span>
      <button type="button" onClick={onSelectAll} disabled={shown === 0}>
        Select all
      </button>
      <button type="button" onClick={onClearSelection} disabled={selectedCount === 0}>
        Clear
      </button>
      <button type="button" onClick={onMergeSelected} disabled={selectedCount < 2} title="Make the selected products one product (or drag a card onto another)">
        Merge selected
      </button>
      <button type="button" onClick={onMakeVariants} disabled={selectedCount < 2} title="The first selected product becomes one product; each selected product becomes one of its variants (a colour, a size)">
        Make variants of one product
      </button>
      <button type="button" onClick={onDeleteSelected} disabled={selectedCount === 0}>
        Delete…
      </button>
      <button type="button" onClick={onShowTrash} title="Deleted products wait here for 30 days">
        Trash
      </button>
    </div>
  );
}
