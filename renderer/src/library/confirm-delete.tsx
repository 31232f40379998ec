/**
 * Asks before products go: deleting removes their photos, drafts and every revision from the
 * library, and there is no undo. Keep has the focus, so Enter does not delete by accident.
 */
export function ConfirmDelete({ count, onDelete, onKeep }: { count: number; onDelete: () => void; onKeep: () => void }) {
  const what = count === 1 ? 'this product with its' : `these ${count} products with their`;
  return (
    <div role="alertdialog" aria-label="Delete products" aria-describedby="confirm-delete-text" className="confirm-delete">
      <p id="confirm-delete-text">Delete {what} photos, drafts and history? This cannot be undone.</p>
      <button type="button" className="danger" onClick={onDelete}>
        Delete {count === 1 ? 'product' : `${count} products`}
      </button>
      <button type="button" onClick={onKeep} autoFocus>
        Keep
      </button>
    </div>
  );
}
