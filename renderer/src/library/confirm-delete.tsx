/**
 * Asks before products go to the Trash. Nothing is deleted there for 30 days, and Restore brings
 * them back; still, a bulk move deserves a look. Keep has the focus, so Enter does not move by accident.
 */
export function ConfirmDelete({ count, onDelete, onKeep }: { count: number; onDelete: () => void; onKeep: () => void }) {
  const what = count === 1 ? 'this product with its' : `these ${count} products with their`;
  return (
    <div role="alertdialog" aria-label="Delete products" aria-describedby="confirm-delete-text" className="confirm-delete">
      <p id="confirm-delete-text">Move {what} photos, drafts and history to the Trash? You can restore them from the Trash for 30 days.</p>
      <button type="button" className="danger" onClick={onDelete}>
        Move {count === 1 ? 'product' : `${count} products`} to Trash
      </button>
      <button type="button" onClick={onKeep} autoFocus>
        Keep
      </button>
    </div>
  );
}
