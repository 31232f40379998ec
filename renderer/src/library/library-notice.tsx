import { MessageWithSettings } from '../common/settings-mention';
/** What just happened in the library (or what went wrong), with an action to take it back when there is one. */
export interface Notice {
  text: string;
  /** `undo`: Ctrl+Z in the library runs it too (it takes back what the notice reports). */
  action?: { label: string; run: () => void; undo?: boolean };
}

export function LibraryNotice({ notice, error, onOpenSettings }: { notice: Notice | null; error: string | null; onOpenSettings: () => void }) {
  if (!error && !notice) return null;
  return (
    <p role={error ? 'alert' : 'status'} className="library-notice">
      <span>
        <MessageWithSettings text={error ?? notice!.text} onOpenSettings={onOpenSettings} />
      </span>
      {!error && notice!.action && (
        <button type="button" className="notice-action" onClick={notice!.action.run}>
          {notice!.action.label}
        </button>
      )}
    </p>
  );
}
