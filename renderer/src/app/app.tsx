import { useState } from 'react';
import { DraftEditor } from '../editor/draft-editor';
import { DropZone } from '../library/drop-zone';
import { ProductGrid } from '../library/product-grid';
import { useProducts } from '../library/use-products';

export function App() {
  const { items, error, reload } = useProducts();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Listing Studio</h1>
        <span className="count">{items.length} products</span>
      </header>
      <main className="app-main">
        <section className="library" aria-label="Library">
          <DropZone onImported={reload} />
          {error && <p role="alert">{error}</p>}
          <ProductGrid items={items} selectedId={selectedId} onSelect={setSelectedId} />
        </section>
        <section className="editor-pane" aria-label="Draft editor">
          {selectedId === null ? <p className="empty">Pick a product to edit its listing.</p> : <DraftEditor key={selectedId} productId={selectedId} onSaved={reload} />}
        </section>
      </main>
    </div>
  );
}
