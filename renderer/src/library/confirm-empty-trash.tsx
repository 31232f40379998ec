/** Emptying the Trash is the one step that deletes for good, photo files included, so it asks first; Keep has the focus. */
export function ConfirmEmptyTrash({ count, onEmpty, onKeep }: { count: number; onEmpty: () => void; onKeep: () => void }) {
  return (
    <div role="alertdialog" aria-label="Empty Trash" aria-describedby="confirm-empty-text" className="confirm-delete">
      <p id="confirm-empty-text">
        Delete the {count === 1 ? 'product' : `${count} products`} in the Trash for good, with their photos, drafts and history? This cannot be undone.
      </p>
      <button type="button" className="danger" onClick={onEmpty}>
        Empty Trash
      </button>
      <button type="button" onClick={onKeep} autoFocus>
        Keep
      </button>
    </div>
  );
}
