interface TrashToolbarProps {
  shown: number;
  selectedCount: number;
  onRestoreSelected: () => void;
  onEmptyTrash: () => void;
  onBack: () => void;
}

/** The Trash view's actions: products wait here 30 days, then go for good. */
export function TrashToolbar({ shown, selectedCount, onRestoreSelected, onEmptyTrash, onBack }: TrashToolbarProps) {
  return (
    <div className="library-toolbar" role="toolbar" aria-label="Trash">
      <strong>Trash</strong>
      <span className="count" aria-live="polite">
        {selectedCount > 0 ? `${selectedCount} of ${shown} selected` : `${shown} in the Trash; deleted for good after 30 days`}
      </span>
      <button type="button" onClick={onRestoreSelected} disabled={selectedCount === 0}>
        Restore
      </button>
      <button type="button" onClick={onEmptyTrash} disabled={shown === 0}>
        Empty Trash…
      </button>
      <button type="button" onClick={onBack}>
        Back to library
      </button>
    </div>
  );
}
