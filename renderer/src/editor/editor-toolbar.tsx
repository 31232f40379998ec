import { useState } from 'react';
import { REGENERATE_SCOPES, type RegenerateScope } from './editor-commands';

interface ToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  approved: boolean;
  onApprove: () => void;
  busy: string | null;
  onRegenerate: (scope: RegenerateScope) => void;
  /** Flags still open on this draft, said beside Approve. */
  flagCount: number;
  /** Previous and Next product, as Alt+↑ and Alt+↓. */
  onStep?: (step: 1 | -1) => void;
}

/**
 * The review bar, sticky at the top of the editor: Previous and Next product, Undo and Redo,
 * what to regenerate, and Approve with the open flags beside it.
 */
export function EditorToolbar({ canUndo, canRedo, onUndo, onRedo, approved, onApprove, busy, onRegenerate, flagCount, onStep }: ToolbarProps) {
  const [scope, setScope] = useState<RegenerateScope>('listing');
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Listing actions">
      {onStep && (
        <>
          <button type="button" onClick={() => onStep(-1)} aria-keyshortcuts="Alt+ArrowUp" title="Previous product (Alt+↑)">
            Previous
          </button>
          <button type="button" onClick={() => onStep(1)} aria-keyshortcuts="Alt+ArrowDown" title="Next product (Alt+↓)">
            Next
          </button>
        </>
      )}
      <button type="button" onClick={onUndo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" onClick={onRedo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
      <span className="toolbar-gap" />
      <select aria-label="What to regenerate" value={scope} onChange={(e) => setScope(e.target.value as RegenerateScope)} disabled={busy !== null}>
        {REGENERATE_SCOPES.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => onRegenerate(scope)} disabled={busy !== null} aria-keyshortcuts="Control+Shift+G" title="Regenerate (Ctrl+Shift+G)">
        {busy ?? 'Regenerate'}
      </button>
      {flagCount > 0 && !approved && <span className="flag-count">{flagCount} flag{flagCount === 1 ? '' : 's'}</span>}
      <button type="button" className="primary" onClick={onApprove} disabled={approved || busy !== null} aria-keyshortcuts="Control+Enter" title="Approve (Ctrl+Enter)">
        {approved ? 'Approved' : 'Approve'}
      </button>
    </div>
  );
}
